-- An organisation's own fields on the client record (issue 22): defined by its administrators, their values kept on
-- the record as one JSON object, validated against these definitions by CustomFieldService before any write.
create table custom_field (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    record            text not null check (record in ('CLIENT')),
    key               text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
    label             text not null check (length(label) between 1 and 100),
    kind              text not null check (kind in ('TEXT', 'NUMBER', 'DATE', 'YES_NO', 'ONE_OF', 'SEVERAL_OF')),
    options           text[] not null default '{}',
    required          boolean not null default false,
    personal          boolean not null default false,
    position          integer not null default 0,
    retired_on        date,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    constraint custom_field_key_unique unique (organisation_code, record, key),
    constraint custom_field_options check ((kind in ('ONE_OF', 'SEVERAL_OF')) = (cardinality(options) > 0))
);
alter table custom_field enable row level security;
create policy own_organisation on custom_field using (organisation_code = current_setting('waymark.organisation', true));

-- The values: {"parental_status": "Lone parent", "council_ward": "Govan"}; the filters read them through the index.
alter table client add column custom jsonb not null default '{}' check (jsonb_typeof(custom) = 'object');
create index client_custom on client using gin (custom jsonb_path_ops);

-- Parental status ships as an optional field of every organisation (No One Left Behind breaks its figures down by it),
-- for those there are and those registered later. Its values are personal: erasure removes them.
create function add_shipped_fields(organisation text) returns void language sql security definer
    set search_path from current as $$
    insert into custom_field (id, organisation_code, record, key, label, kind, options, personal, position)
    values (gen_random_uuid(), organisation, 'CLIENT', 'parental_status', 'Parental status', 'ONE_OF',
            array['Lone parent', 'Parent in a couple', 'Not a parent', 'Prefer not to say'], true, 1)
$$;
create function organisation_registered() returns trigger language plpgsql as $$
begin
    perform add_shipped_fields(new.code);
    return new;
end
$$;
create trigger organisation_shipped_fields after insert on organisation
    for each row execute function organisation_registered();
select add_shipped_fields(code) from organisation;
