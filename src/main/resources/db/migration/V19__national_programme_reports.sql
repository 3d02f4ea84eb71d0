-- A national commissioner (a government programme's lead) sees one programme's aggregate figures across the providers
-- that share them. The provider decides, programme by programme: its administrator shares, and can stop sharing.
create table programme_sharing (
    organisation_code text not null references organisation (code),
    programme         text not null check (programme in ('FAIR_START_SCOTLAND', 'NO_ONE_LEFT_BEHIND',
                                                         'LOCAL_AUTHORITY_FUNDED', 'IPS', 'OTHER')),
    shared_by         uuid not null references staff (id),
    shared_at         timestamptz not null default now(),
    primary key (organisation_code, programme)
);

create index programme_sharing_programme on programme_sharing (programme, organisation_code);

-- The national report reads a programme's clients across providers.
create index client_programme on client (programme, organisation_code) where merged_into is null;

-- The provider's own rows, and, for the national commissioner in waymark.programme, the providers sharing it.
alter table programme_sharing enable row level security;
create policy own_organisation on programme_sharing
    using (organisation_code = current_setting('waymark.organisation', true));
create policy national_programme on programme_sharing for select
    using (programme = current_setting('waymark.programme', true));

-- Read-only rows for the national report: the programme's clients at sharing providers, and what the report reads of
-- them. The provider condition comes first: for everyone else it is an empty set, so the rest is never evaluated.
create policy national_programme on client for select
    using (organisation_code in (select s.organisation_code from programme_sharing s
                                  where s.programme = current_setting('waymark.programme', true))
           and programme = current_setting('waymark.programme', true));

do $$
declare
    client_table text;
begin
    foreach client_table in array array['stage_move', 'job_outcome'] loop
        execute format($p$create policy national_programme on %I for select
                           using (organisation_code in (select s.organisation_code from programme_sharing s
                                                         where s.programme = current_setting('waymark.programme', true))
                                  and exists (select 1 from client c where c.id = client_id))$p$, client_table);
    end loop;
    foreach client_table in array array['outcome_hours', 'follow_up'] loop
        execute format($p$create policy national_programme on %I for select
                           using (organisation_code in (select s.organisation_code from programme_sharing s
                                                         where s.programme = current_setting('waymark.programme', true))
                                  and exists (select 1 from job_outcome o where o.id = job_outcome_id))$p$, client_table);
    end loop;
end
$$;
