-- Messages (issue 24, second part): an organisation's own wording of each message to clients, and what GOV.UK Notify
-- says became of a text (its delivery receipts).

-- Waymark's standard wording is in the code; a row here is an organisation's own, used instead until removed.
create table message_template (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    kind              text not null check (kind in ('BOOKING_CONFIRMATION', 'BOOKING_REMINDER',
                                                    'PLANNED_CONTACT_REMINDER', 'SUSTAINMENT_CHECK')),
    subject           text not null,
    body              text not null,
    text              text not null,
    changed_by        uuid not null references staff (id),
    changed_at        timestamptz not null,
    version           integer not null default 0,
    constraint message_template_once unique (organisation_code, kind)
);
alter table message_template enable row level security;
create policy own_organisation on message_template
    using (organisation_code = current_setting('waymark.organisation', true));

-- When the provider last said what became of the message (the delivery_status column of V26).
alter table message add column delivery_status_at timestamptz;
alter table message add constraint message_delivery_status
    check (delivery_status in ('delivered', 'permanent-failure', 'temporary-failure', 'technical-failure'));
