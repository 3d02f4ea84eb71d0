-- Progress that is not yet a job (issue 26): volunteering, work experience, work trials, education or training
-- started and completed, qualifications gained; counted in the reports as their own figures, never as job outcomes.

create table progression (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    kind              text not null check (kind in ('VOLUNTEERING', 'WORK_EXPERIENCE', 'WORK_TRIAL',
                                                    'EDUCATION_OR_TRAINING_STARTED',
                                                    'EDUCATION_OR_TRAINING_COMPLETED', 'QUALIFICATION_GAINED')),
    -- What it was, in a few words: "Volunteer at the Oxfam shop", "SVQ 2 in Retail".
    what              text not null,
    -- The day it started, or was completed or gained; the day a placement ended, if it has.
    happened_on       date not null,
    ended_on          date check (ended_on is null or ended_on >= happened_on),
    hours_per_week    numeric(4, 1) check (hours_per_week is null or (hours_per_week > 0 and hours_per_week <= 60)),
    recorded_by       uuid not null references staff (id),
    recorded_at       timestamptz not null,
    version           integer not null default 0
);
create index progression_client on progression (client_id, happened_on);
alter table progression enable row level security;
create policy own_organisation on progression using (organisation_code = current_setting('waymark.organisation', true));
