-- Tenant isolation in the database as well as in the code (docs/security.md). Waymark's requests run as the role
-- waymark_app, which row-level security confines to the organisation in the setting waymark.organisation (and, for a
-- commissioner, to reading the services that named the funder in waymark.funder). The role that runs these
-- migrations owns the tables and stays unrestricted: Flyway, and background work that has no organisation yet.
-- TenantConnections sets the role and the settings each time a transaction takes a connection.

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'waymark_app') then
        create role waymark_app nologin;
    end if;
end
$$;

do $$
begin
    if not pg_has_role(current_user, 'waymark_app', 'member') then
        execute format('grant waymark_app to %I', current_user);
    end if;
end
$$;

do $$
declare
    schema_name text := current_schema();
begin
    execute format('grant usage on schema %I to waymark_app', schema_name);
    execute format('grant select, insert, update, delete on all tables in schema %I to waymark_app', schema_name);
    execute format('grant usage, select on all sequences in schema %I to waymark_app', schema_name);
    -- Tables added by later migrations get the same grants.
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to waymark_app',
                   schema_name);
    execute format('alter default privileges in schema %I grant usage, select on sequences to waymark_app', schema_name);
end
$$;

-- Nobody changes the audit trail through the application; the triggers of V11 stop even the owner.
revoke update, delete, truncate on audit_event from waymark_app;

-- Every other table with an organisation_code: the organisation's own rows, and read-only rows of funded services.
do $$
declare
    tenant_table text;
begin
    for tenant_table in
        select c.table_name from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
         where c.table_schema = current_schema() and c.column_name = 'organisation_code' and t.table_type = 'BASE TABLE'
           and c.table_name <> 'funded_service'
    loop
        execute format('alter table %I enable row level security', tenant_table);
        execute format($p$create policy own_organisation on %I
                           using (organisation_code = current_setting('waymark.organisation', true))$p$, tenant_table);
        execute format($p$create policy funded_service_aggregates on %I for select
                           using (organisation_code in (select f.organisation_code from funded_service f
                                                        where f.funder_code = current_setting('waymark.funder', true)))$p$,
                       tenant_table);
    end loop;
end
$$;

-- A service sees the funders it named; a commissioner sees the services that named their funder.
alter table funded_service enable row level security;
create policy own_organisation on funded_service
    using (organisation_code = current_setting('waymark.organisation', true));
create policy commissioner_funder on funded_service for select
    using (funder_code = current_setting('waymark.funder', true));

-- Tables without an organisation_code follow the row they belong to.
alter table client_group enable row level security;
create policy of_visible_client on client_group
    using (exists (select 1 from client c where c.id = client_id));

alter table fidelity_item_score enable row level security;
create policy of_visible_review on fidelity_item_score
    using (exists (select 1 from fidelity_review r where r.id = review_id));
