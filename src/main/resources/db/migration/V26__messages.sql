-- Messages (issue 24): the channels a client agreed to be messaged by, and the outbox every message is written to in
-- the transaction of the act that causes it, for a sender that claims rows (for update skip locked) to deliver.

-- None until the client is asked; withdrawing consent to take part stops every message too.
alter table client add column message_channels text[] not null default '{}'
    check (message_channels <@ array['EMAIL', 'TEXT']);

-- What each member of staff chooses to be emailed: a client given to them, a referral waiting for review (team
-- leads), a morning digest of what is due today. All three until they choose otherwise.
alter table staff add column notifications text[] not null
    default array['CLIENT_ASSIGNED', 'REFERRAL_WAITING', 'MORNING_DIGEST']
    check (notifications <@ array['CLIENT_ASSIGNED', 'REFERRAL_WAITING', 'MORNING_DIGEST']);

create table message (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    -- To a client, or to a member of staff: one of the two.
    client_id         uuid references client (id),
    staff_id          uuid references staff (id),
    channel           text not null check (channel in ('EMAIL', 'TEXT')),
    kind              text not null,
    about_id          uuid,
    recipient         text not null,
    subject           text,
    body              text not null,
    attachment_name   text,
    attachment        text,
    status            text not null default 'WAITING' check (status in ('WAITING', 'SENDING', 'SENT', 'FAILED')),
    not_before        timestamptz not null default now(),
    attempts          integer not null default 0,
    claimed_until     timestamptz,
    sent_at           timestamptz,
    last_error        text,
    -- What the provider says became of it (Notify's delivered, permanent-failure, ...), where it can be asked.
    delivery_status   text,
    created_at        timestamptz not null default now(),
    version           integer not null default 0,
    -- One confirmation, one reminder, ... of the same thing by the same channel, however often it is asked for.
    constraint message_once unique (about_id, kind, channel),
    constraint message_to_one check (client_id is null or staff_id is null)
);
create index message_due on message (status, not_before) where status in ('WAITING', 'SENDING');
create index message_client on message (client_id, created_at);
alter table message enable row level security;
create policy own_organisation on message using (organisation_code = current_setting('waymark.organisation', true));
