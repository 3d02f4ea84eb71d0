-- One record per person: a National Insurance number to match on, the indexes the duplicate check reads, and
-- merges. A merged record is closed (reason MERGED) and points to the record it was merged into; the merge itself
-- is kept, with what moved, so that it can be explained afterwards.

alter table client
    add column national_insurance_number text check (national_insurance_number ~ '^[A-Z]{2}[0-9]{6}[A-D]$'),
    add column merged_into uuid references client (id),
    add constraint client_merged_is_closed check (merged_into is null or (status = 'CLOSED' and closure_reason = 'MERGED'));

create index client_org_birth on client (organisation_code, date_of_birth);
create index client_org_ni on client (organisation_code, national_insurance_number) where national_insurance_number is not null;
create index client_org_email on client (organisation_code, lower(email)) where email is not null;
create index client_org_phone on client (organisation_code, right(regexp_replace(phone, '[^0-9]', '', 'g'), 10)) where phone is not null;

create table client_merge (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    kept_client_id    uuid not null references client (id),
    merged_client_id  uuid not null unique references client (id),
    merged_reference  text not null,
    merged_by         uuid not null references staff (id),
    merged_at         timestamptz not null default now(),
    reason            text not null,
    moved             text not null,
    filled            text not null
);

create index client_merge_kept on client_merge (kept_client_id);
