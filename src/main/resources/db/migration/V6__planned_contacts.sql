-- Contacts a worker plans (the daily "who am I seeing today"). A plan is met by any contact recorded with the
-- client from its day on, so there is no status to keep in step.
create table planned_contact (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    planned_for       timestamptz not null,
    channel           text not null,
    purpose           text not null,
    planned_by        uuid not null references staff (id),
    created_at        timestamptz not null default now()
);

create index planned_contact_client on planned_contact (client_id, planned_for);
