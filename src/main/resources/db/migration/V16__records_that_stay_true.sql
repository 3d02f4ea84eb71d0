-- Issue 17: records that stay true.

-- The minimum wage from the National Living Wage (April 2016), every age band and the apprentice rate. Each date
-- carries the whole set of bands, so "the rate in force" is the latest date's band for the age.
alter table minimum_wage_rate add column apprentice boolean not null default false;
alter table minimum_wage_rate drop constraint minimum_wage_rate_pkey;
alter table minimum_wage_rate add primary key (effective_from, apprentice, min_age);

insert into minimum_wage_rate (effective_from, min_age, hourly_rate) values
    ('2016-04-01', 0, 3.87), ('2016-04-01', 18, 5.30), ('2016-04-01', 21, 6.70), ('2016-04-01', 25, 7.20),
    ('2016-10-01', 0, 4.00), ('2016-10-01', 18, 5.55), ('2016-10-01', 21, 6.95), ('2016-10-01', 25, 7.20),
    ('2017-04-01', 0, 4.05), ('2017-04-01', 18, 5.60), ('2017-04-01', 21, 7.05), ('2017-04-01', 25, 7.50),
    ('2018-04-01', 0, 4.20), ('2018-04-01', 18, 5.90), ('2018-04-01', 21, 7.38), ('2018-04-01', 25, 7.83),
    ('2019-04-01', 0, 4.35), ('2019-04-01', 18, 6.15), ('2019-04-01', 21, 7.70), ('2019-04-01', 25, 8.21),
    ('2020-04-01', 0, 4.55), ('2020-04-01', 18, 6.45), ('2020-04-01', 21, 8.20), ('2020-04-01', 25, 8.72),
    ('2021-04-01', 0, 4.62), ('2021-04-01', 18, 6.56), ('2021-04-01', 21, 8.36), ('2021-04-01', 23, 8.91);

insert into minimum_wage_rate (effective_from, min_age, hourly_rate, apprentice) values
    ('2016-04-01', 0, 3.30, true), ('2016-10-01', 0, 3.40, true), ('2017-04-01', 0, 3.50, true),
    ('2018-04-01', 0, 3.70, true), ('2019-04-01', 0, 3.90, true), ('2020-04-01', 0, 4.15, true),
    ('2021-04-01', 0, 4.30, true), ('2022-04-01', 0, 4.81, true), ('2023-04-01', 0, 5.28, true),
    ('2024-04-01', 0, 6.40, true), ('2025-04-01', 0, 7.55, true), ('2026-04-01', 0, 8.00, true);

-- An apprentice may be paid the apprentice rate (under 19, or in the first year of the apprenticeship).
alter table job_outcome add column apprentice boolean not null default false;
update job_outcome set apprentice = true where contract_type = 'APPRENTICESHIP';

-- "Not in employment" says since when; the job is ended on that day.
alter table follow_up add column not_in_employment_since date;
alter table follow_up add constraint follow_up_not_in_employment_since
    check (answer = 'NOT_IN_EMPLOYMENT' or not_in_employment_since is null);

-- A retained job held before support began is an outcome from the day support began (the consent date), so its
-- checks are counted from then, as the reports count them (docs/measures.md).
update follow_up f
   set due_on = (c.consent_date + (split_part(f.label, ' ', 1) || ' ' || split_part(f.label, ' ', 2))::interval)::date
  from job_outcome o
  join client c on c.id = o.client_id
 where f.job_outcome_id = o.id and o.type = 'RETAINED' and c.consent_date is not null and o.start_date < c.consent_date;

-- A job recorded in error is removed; what it was, who removed it, when and why stay here and in the audit trail.
create table job_outcome_removal (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    job_outcome_id    uuid not null,
    type              text not null,
    job_title         text not null,
    employer_name     text,
    start_date        date not null,
    reason            text not null,
    removed_by        uuid not null references staff (id),
    removed_at        timestamptz not null default now()
);
create index job_outcome_removal_client on job_outcome_removal (client_id);

alter table job_outcome_removal enable row level security;
create policy own_organisation on job_outcome_removal
    using (organisation_code = current_setting('waymark.organisation', true));
