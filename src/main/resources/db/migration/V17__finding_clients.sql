-- Issue 18: find any client from every page.

-- Names are matched with typos allowed (trigram word similarity); pg_trgm is a trusted extension, so the database
-- owner that runs the migrations may create it.
create extension if not exists pg_trgm;
create index client_name_trgm on client
    using gin (lower(first_name || ' ' || last_name) gin_trgm_ops);

-- The pathway's order, kept by the database so that lists can be sorted by stage as the pathway runs.
alter table client add column stage_order smallint generated always as (
    case current_stage
        when 'ENGAGEMENT' then 1
        when 'VOCATIONAL_PROFILING' then 2
        when 'EMPLOYER_ENGAGEMENT' then 3
        when 'JOB_MATCHING' then 4
        when 'IN_WORK_SUPPORT' then 5
        when 'CAREER_DEVELOPMENT' then 6
    end) stored;
create index client_org_pathway on client (organisation_code, stage_order, lower(last_name), lower(first_name));
