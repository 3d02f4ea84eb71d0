-- Documents on the client record (issue 25): a CV, a vocational profile, a signed consent, a payslip as evidence of
-- employment. A document has versions (a replaced one keeps its earlier ones); each version's bytes are kept in
-- document_chunk (PostgreSQL, the default: row-level security and the database's backups cover them) or in
-- S3-compatible storage (storage = 'S3', the object named by the version's id).

create table document (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    -- What it is evidence of, besides the client: a job, or one sustainment check's answer. A job removed as
    -- recorded in error takes its checks with it; its documents stay on the client's record.
    job_outcome_id    uuid references job_outcome (id) on delete set null,
    follow_up_id      uuid references follow_up (id) on delete set null,
    kind              text not null check (kind in ('CV', 'VOCATIONAL_PROFILE', 'CONSENT', 'EVIDENCE_OF_EMPLOYMENT',
                                                    'LETTER', 'OTHER')),
    title             text not null,
    added_by          uuid not null references staff (id),
    added_at          timestamptz not null,
    version           integer not null default 0
);
create index document_client on document (client_id);
alter table document enable row level security;
create policy own_organisation on document using (organisation_code = current_setting('waymark.organisation', true));

create table document_version (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    document_id       uuid not null references document (id) on delete cascade,
    number            integer not null,
    file_name         text not null,
    media_type        text not null,
    size_bytes        bigint not null check (size_bytes > 0 and size_bytes <= 20 * 1024 * 1024),
    sha256            text not null,
    storage           text not null check (storage in ('DATABASE', 'S3')),
    uploaded_by       uuid not null references staff (id),
    uploaded_at       timestamptz not null,
    constraint document_version_once unique (document_id, number)
);
alter table document_version enable row level security;
create policy own_organisation on document_version
    using (organisation_code = current_setting('waymark.organisation', true));

-- A version's bytes in pieces of at most 256 KB, written and read one piece at a time: never whole in memory.
create table document_chunk (
    version_id        uuid not null references document_version (id) on delete cascade,
    organisation_code text not null references organisation (code),
    seq               integer not null,
    data              bytea not null,
    primary key (version_id, seq)
);
alter table document_chunk enable row level security;
create policy own_organisation on document_chunk
    using (organisation_code = current_setting('waymark.organisation', true));
