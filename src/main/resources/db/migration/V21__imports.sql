-- Imports (docs/import.md): a provider's existing caseload and history taken on from CSV or Excel files. An upload is
-- checked (a dry run) and kept until an administrator confirms it; a confirmed import is one batch, saved in one
-- transaction, and can be undone while nothing has been recorded on top of it.
create table import_batch (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    file_names        text not null,
    status            text not null check (status in ('CHECKED', 'IMPORTED', 'UNDONE', 'DISCARDED')),
    mapping           text not null,
    report            text not null,
    uploaded_by       uuid not null references staff (id),
    uploaded_at       timestamptz not null default now(),
    imported_by       uuid references staff (id),
    imported_at       timestamptz,
    undone_by         uuid references staff (id),
    undone_at         timestamptz,
    version           integer not null default 0
);

create index import_batch_recent on import_batch (organisation_code, uploaded_at desc);

-- The uploaded files (gzip), kept only until the batch is imported or discarded: the records are then the copy. A part
-- is one kind of record (a CSV file, or a workbook's first sheet), or a workbook with a sheet for each kind. A file is
-- kept in chunks of a megabyte, so that neither writing nor reading it holds it whole in memory.
create table import_file (
    batch_id          uuid not null references import_batch (id) on delete cascade,
    part              text not null check (part in ('WORKBOOK', 'CLIENTS', 'CONTACTS', 'JOBS')),
    chunk             integer not null check (chunk >= 0),
    organisation_code text not null references organisation (code),
    file_name         text not null,
    format            text not null check (format in ('CSV', 'XLSX')),
    content           bytea not null,
    primary key (batch_id, part, chunk)
);

-- The headings of the provider's own files, matched to Waymark's fields, remembered for the next file.
create table import_mapping (
    organisation_code text not null references organisation (code),
    kind              text not null check (kind in ('CLIENTS', 'CONTACTS', 'JOBS')),
    mapping           text not null,
    primary key (organisation_code, kind)
);

-- Every row an import writes is stamped with its batch, through the setting waymark.import of the import's transaction:
-- the rows the services make on the way (a referral's first stage move, a job's follow-up checks) are stamped too, so
-- an undo removes exactly what the import made.
do $$
declare
    stamped text;
begin
    foreach stamped in array array['client', 'stage_move', 'assignment', 'contact', 'employer', 'job_outcome',
                                   'outcome_hours', 'follow_up'] loop
        execute format($s$alter table %I add column import_id uuid references import_batch (id)
                          default cast(nullif(current_setting('waymark.import', true), '') as uuid)$s$, stamped);
        execute format('create index %I on %I (import_id) where import_id is not null', stamped || '_import', stamped);
    end loop;
end
$$;

alter table import_batch enable row level security;
create policy own_organisation on import_batch using (organisation_code = current_setting('waymark.organisation', true));
alter table import_file enable row level security;
create policy own_organisation on import_file using (organisation_code = current_setting('waymark.organisation', true));
alter table import_mapping enable row level security;
create policy own_organisation on import_mapping using (organisation_code = current_setting('waymark.organisation', true));

-- An undo deletes clients and employers: each deleted row's foreign keys are checked by the database, which without
-- these indexes reads every client (a merge's pointer) or every job (its employer) once per row deleted.
create index client_merged_into on client (merged_into) where merged_into is not null;
create index job_outcome_employer on job_outcome (employer_id) where employer_id is not null;
create index job_match_employer on job_match (employer_id);
