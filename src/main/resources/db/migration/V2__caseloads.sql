-- Caseloads: teams, a default limit per organisation and an optional one per worker, the assignment history,
-- and each team's waiting list (open clients of the team with no worker).

alter table organisation add column default_caseload_limit integer not null default 25
    check (default_caseload_limit between 1 and 200);

create table team (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    name              text not null,
    created_at        timestamptz not null default now(),
    constraint team_name_unique unique (organisation_code, name)
);

alter table staff
    add column team_id uuid references team (id),
    add column team_role text check (team_role in ('WORKER', 'TEAM_LEAD')),
    add column caseload_limit integer check (caseload_limit between 1 and 200),
    add constraint staff_team_role_with_team check ((team_id is null) = (team_role is null));

create index staff_team on staff (team_id);

alter table client
    add column team_id uuid references team (id),
    add column urgent boolean not null default false,
    add column waiting_since date;

create index client_team_waiting on client (team_id, urgent desc, referral_date) where worker_id is null and status <> 'CLOSED';

create table assignment (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    client_id         uuid not null references client (id),
    from_worker_id    uuid references staff (id),
    to_worker_id      uuid references staff (id),
    assigned_by       uuid not null references staff (id),
    assigned_at       timestamptz not null default now(),
    reason            text
);

create index assignment_client on assignment (client_id, assigned_at);
