-- Distance travelled (issue 26): the client's own short self-assessment, scored 1 to 10 at the start and at reviews.

create table self_assessment (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    assessed_on       date not null,
    confidence        integer not null check (confidence between 1 and 10),
    job_search        integer not null check (job_search between 1 and 10),
    health_at_work    integer not null check (health_at_work between 1 and 10),
    travel            integer not null check (travel between 1 and 10),
    recorded_by       uuid not null references staff (id),
    recorded_at       timestamptz not null,
    version           integer not null default 0,
    constraint self_assessment_once_a_day unique (client_id, assessed_on)
);
alter table self_assessment enable row level security;
create policy own_organisation on self_assessment
    using (organisation_code = current_setting('waymark.organisation', true));
