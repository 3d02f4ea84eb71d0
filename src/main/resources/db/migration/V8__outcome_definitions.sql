-- Funders' outcome rules as data. The definitions named in domain.md ship as read-only seeds; an organisation's
-- administrator copies and edits its own. Each is evaluated over the dated hours of a job outcome.

create table shipped_outcome_definition (
    id                     uuid primary key,
    name                   text not null unique,
    programme              text,
    source                 text not null,
    start_min_weekly_hours numeric(4, 1) check (start_min_weekly_hours > 0 and start_min_weekly_hours <= 80),
    start_after_paid_hours numeric(5, 1) check (start_after_paid_hours > 0 and start_after_paid_hours <= 1000),
    sustained_weekly_hours numeric(4, 1) check (sustained_weekly_hours > 0 and sustained_weekly_hours <= 80),
    sustained_weeks        integer,
    sustained_window_weeks integer,
    follow_up_schedule     text not null,
    counts_retained        boolean not null,
    counts_self_employed   boolean not null,
    constraint shipped_sustained_rule check (
        (sustained_weekly_hours is null and sustained_weeks is null and sustained_window_weeks is null)
        or (sustained_weekly_hours is not null and sustained_weeks between 1 and sustained_window_weeks
            and sustained_window_weeks <= 104))
);

create table outcome_definition (
    id                     uuid primary key,
    organisation_code      text not null references organisation (code),
    name                   text not null,
    programme              text,
    based_on               uuid,
    start_min_weekly_hours numeric(4, 1) check (start_min_weekly_hours > 0 and start_min_weekly_hours <= 80),
    start_after_paid_hours numeric(5, 1) check (start_after_paid_hours > 0 and start_after_paid_hours <= 1000),
    sustained_weekly_hours numeric(4, 1) check (sustained_weekly_hours > 0 and sustained_weekly_hours <= 80),
    sustained_weeks        integer,
    sustained_window_weeks integer,
    follow_up_schedule     text not null,
    counts_retained        boolean not null,
    counts_self_employed   boolean not null,
    version                integer not null default 0,
    created_at             timestamptz not null default now(),
    constraint outcome_definition_name_unique unique (organisation_code, name),
    constraint outcome_definition_sustained_rule check (
        (sustained_weekly_hours is null and sustained_weeks is null and sustained_window_weeks is null)
        or (sustained_weekly_hours is not null and sustained_weeks between 1 and sustained_window_weeks
            and sustained_window_weeks <= 104))
);

insert into shipped_outcome_definition (id, name, programme, source, start_min_weekly_hours, start_after_paid_hours,
        sustained_weekly_hours, sustained_weeks, sustained_window_weeks, follow_up_schedule, counts_retained,
        counts_self_employed) values
    ('00000000-0000-4000-9000-000000000001', 'Fair Start Scotland', 'FAIR_START_SCOTLAND',
     'Paid on job entry at 16 or more hours a week and on sustainment at 3, 6 and 12 months; new jobs and self-employment.',
     16, null, 16, 13, 13, 'P3M,P6M,P12M', false, true),
    ('00000000-0000-4000-9000-000000000002', 'No One Left Behind', 'NO_ONE_LEFT_BEHIND',
     'No hours rule: the hours must suit the needs of the individual. Followed up at 4, 13, 26 and 52 weeks.',
     null, null, null, null, null, 'P4W,P13W,P26W,P52W', true, true),
    ('00000000-0000-4000-9000-000000000003', 'IPS Grow', 'IPS',
     'A job start after 4 hours of paid work in competitive employment.',
     null, 4, null, null, null, 'P4W,P13W,P26W,P52W', true, true),
    ('00000000-0000-4000-9000-000000000004', 'IPS in Primary Care', null,
     'DWP: a job outcome is 7 hours a week for 13 of 16 weeks; 16 hours or more reported separately.',
     null, null, 7, 13, 16, 'P4W,P13W,P26W,P52W', true, true);
