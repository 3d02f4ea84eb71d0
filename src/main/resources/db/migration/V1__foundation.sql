-- Waymark foundation: organisations (tenants), staff, clients, the five-stage pathway and contacts.
-- Every tenant-owned table carries organisation_code; the application scopes every query by it.

create table organisation (
    code               text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name               text not null,
    client_ref_prefix  text not null check (client_ref_prefix ~ '^[A-Z]{2,6}$'),
    next_client_number integer not null default 1,
    created_at         timestamptz not null default now()
);

create table staff (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    subject           text not null,
    username          text not null,
    display_name      text not null,
    email             text,
    created_at        timestamptz not null default now(),
    constraint staff_subject_unique unique (organisation_code, subject)
);

create table client (
    id                   uuid primary key,
    organisation_code    text not null references organisation (code),
    reference            text not null,
    first_name           text not null,
    last_name            text not null,
    preferred_name       text,
    date_of_birth        date not null,
    gender               text not null,
    ethnicity            text,
    email                text,
    phone                text,
    address              text,
    postcode             text,
    local_authority      text not null,
    programme            text not null,
    referral_source      text not null,
    referral_date        date not null,
    programme_start_date date,
    consent_given        boolean not null default false,
    consent_date         date,
    support_level        text not null,
    status               text not null check (status in ('REFERRED', 'ACTIVE', 'CLOSED')),
    closure_reason       text,
    closed_on            date,
    current_stage        text not null,
    stage_entered_on     date not null,
    worker_id            uuid references staff (id),
    version              integer not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint client_reference_unique unique (organisation_code, reference),
    constraint client_closure_complete check ((status = 'CLOSED') = (closure_reason is not null and closed_on is not null)),
    constraint client_consent_dated check (not consent_given or consent_date is not null)
);

create index client_org_name on client (organisation_code, lower(last_name), lower(first_name));
create index client_org_stage on client (organisation_code, current_stage, status);
create index client_org_worker on client (organisation_code, worker_id, status);

create table client_group (
    client_id    uuid not null references client (id) on delete cascade,
    client_group text not null,
    primary key (client_id, client_group)
);

create table stage_move (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    from_stage        text,
    to_stage          text not null,
    moved_on          date not null,
    moved_by          uuid not null references staff (id),
    reason            text,
    recorded_at       timestamptz not null default now()
);

create index stage_move_client on stage_move (client_id, moved_on, recorded_at);

create table contact (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    happened_at       timestamptz not null,
    channel           text not null,
    duration_minutes  integer not null check (duration_minutes between 1 and 1440),
    stage             text not null,
    notes             text not null,
    recorded_by       uuid not null references staff (id),
    recorded_at       timestamptz not null default now()
);

create index contact_client_time on contact (client_id, happened_at desc);
