-- GDPR erasure: a client anonymised on request or when the retention period after closure has passed. Their
-- identity and free text go; what the reports count (dates, stages, jobs, hours, groups, support level) stays.

alter table client add column anonymised_on date;

create table client_erasure (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null unique references client (id),
    reason            text not null check (reason in ('REQUEST', 'RETENTION')),
    note              text,
    erased_by         text not null,
    erased_at         timestamptz not null default now()
);

create index client_closed_not_anonymised on client (organisation_code, closed_on) where anonymised_on is null;
