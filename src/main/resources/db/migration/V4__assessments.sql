-- Health and wellbeing assessments: advisors' slots, bookings (one live booking a slot, held by the database),
-- the assessment record, and advisors' calendar feeds.

alter table client
    add column needs_intense_support boolean not null default false,
    add column recommended_route text;

create table assessment_slot (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    advisor_id        uuid not null references staff (id),
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    place             text not null,
    withdrawn         boolean not null default false,
    created_at        timestamptz not null default now(),
    constraint slot_has_length check (ends_at > starts_at)
);

create index assessment_slot_advisor on assessment_slot (advisor_id, starts_at);

create table booking (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    slot_id           uuid not null references assessment_slot (id),
    client_id         uuid not null references client (id),
    status            text not null check (status in ('BOOKED', 'CANCELLED', 'ATTENDED', 'DID_NOT_ATTEND')),
    booked_by         uuid not null references staff (id),
    booked_at         timestamptz not null default now(),
    cancel_reason     text,
    version           integer not null default 0
);

-- A slot holds one booking: of several people booking it at once, exactly one insert succeeds.
create unique index booking_one_per_slot on booking (slot_id) where status <> 'CANCELLED';
create index booking_client on booking (client_id, status);

create table assessment (
    id                    uuid primary key,
    organisation_code     text not null references organisation (code),
    booking_id            uuid not null unique references booking (id),
    route                 text not null,
    needs_and_adjustments text,
    review_date           date,
    recorded_by           uuid not null references staff (id),
    recorded_at           timestamptz not null default now()
);

create table calendar_feed (
    token_hash        text primary key,
    organisation_code text not null references organisation (code),
    advisor_id        uuid not null unique references staff (id),
    created_at        timestamptz not null default now()
);
