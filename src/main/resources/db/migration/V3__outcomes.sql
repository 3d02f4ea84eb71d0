-- Employers and opportunities, job matches, job outcomes with dated hours, sustainment follow-ups, the minimum
-- wage rates they are checked against, and action plans.

create table employer (
    id                        uuid primary key,
    organisation_code         text not null references organisation (code),
    name                      text not null,
    sector                    text not null,
    size_band                 text,
    address                   text,
    local_authority           text,
    disability_confident      text not null default 'NONE',
    notes                     text,
    version                   integer not null default 0,
    created_at                timestamptz not null default now(),
    constraint employer_name_unique unique (organisation_code, name)
);

create table employer_contact (
    employer_id uuid not null references employer (id) on delete cascade,
    position    integer not null,
    name        text not null,
    job_role    text,
    phone       text,
    email       text,
    primary key (employer_id, position)
);

create table employer_engagement (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    employer_id       uuid not null references employer (id),
    engaged_on        date not null,
    staff_id          uuid not null references staff (id),
    what              text not null,
    recorded_at       timestamptz not null default now()
);

create index employer_engagement_employer on employer_engagement (employer_id, engaged_on desc);

create table opportunity (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    employer_id       uuid not null references employer (id),
    title             text not null,
    kind              text not null,
    hours_per_week    numeric(4, 1) check (hours_per_week > 0 and hours_per_week <= 80),
    hourly_pay        numeric(7, 2) check (hourly_pay > 0),
    status            text not null default 'OPEN',
    notes             text,
    created_at        timestamptz not null default now()
);

create index opportunity_employer on opportunity (employer_id);

create table job_match (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    employer_id       uuid not null references employer (id),
    opportunity_id    uuid references opportunity (id),
    status            text not null,
    status_on         date not null,
    version           integer not null default 0,
    created_at        timestamptz not null default now()
);

create index job_match_client on job_match (client_id);

create table job_match_step (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    job_match_id      uuid not null references job_match (id),
    status            text not null,
    step_on           date not null,
    staff_id          uuid not null references staff (id),
    note              text,
    recorded_at       timestamptz not null default now()
);

create index job_match_step_match on job_match_step (job_match_id, recorded_at);

-- UK National Minimum Wage and National Living Wage, by age at the job's start (gov.uk rates, April each year).
create table minimum_wage_rate (
    effective_from date not null,
    min_age        integer not null,
    hourly_rate    numeric(5, 2) not null,
    primary key (effective_from, min_age)
);

insert into minimum_wage_rate (effective_from, min_age, hourly_rate) values
    ('2022-04-01', 0, 4.81), ('2022-04-01', 18, 6.83), ('2022-04-01', 21, 9.18), ('2022-04-01', 23, 9.50),
    ('2023-04-01', 0, 5.28), ('2023-04-01', 18, 7.49), ('2023-04-01', 21, 10.18), ('2023-04-01', 23, 10.42),
    ('2024-04-01', 0, 6.40), ('2024-04-01', 18, 8.60), ('2024-04-01', 21, 11.44),
    ('2025-04-01', 0, 7.55), ('2025-04-01', 18, 10.00), ('2025-04-01', 21, 12.21),
    ('2026-04-01', 0, 8.00), ('2026-04-01', 18, 10.85), ('2026-04-01', 21, 12.71);

create table job_outcome (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    job_match_id      uuid references job_match (id),
    type              text not null check (type in ('GAINED', 'RETAINED', 'SELF_EMPLOYED')),
    employer_id       uuid references employer (id),
    job_title         text not null,
    sector            text not null,
    contract_type     text not null,
    start_date        date not null,
    hourly_pay        numeric(7, 2) check (hourly_pay > 0),
    end_date          date,
    end_reason        text,
    recorded_by       uuid not null references staff (id),
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    constraint job_outcome_employer check (type = 'SELF_EMPLOYED' or employer_id is not null),
    constraint job_outcome_end check (end_date is null or (end_date >= start_date and end_reason is not null))
);

create index job_outcome_client on job_outcome (client_id, start_date);

create table outcome_hours (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    job_outcome_id    uuid not null references job_outcome (id),
    effective_from    date not null,
    hours_per_week    numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 80),
    constraint outcome_hours_once_a_day unique (job_outcome_id, effective_from)
);

create table follow_up (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    job_outcome_id    uuid not null references job_outcome (id),
    label             text not null,
    due_on            date not null,
    answer            text,
    checked_on        date,
    hours_per_week    numeric(4, 1) check (hours_per_week > 0 and hours_per_week <= 80),
    verified_by       text,
    reason            text,
    answered_by       uuid references staff (id),
    version           integer not null default 0,
    constraint follow_up_answer_complete check ((answer is null) = (checked_on is null)),
    constraint follow_up_unknown_reason check (answer is distinct from 'UNKNOWN' or reason is not null)
);

create index follow_up_due on follow_up (due_on) where answer is null;
create index follow_up_outcome on follow_up (job_outcome_id, due_on);

create table action_goal (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    goal              text not null,
    objectives        text,
    target_date       date,
    review_date       date,
    status            text not null default 'OPEN',
    version           integer not null default 0,
    created_at        timestamptz not null default now()
);

create index action_goal_review on action_goal (client_id, review_date) where status = 'OPEN';
