-- The vocational profile (issue 26, first part): written with the client in their own words, kept as versions, each
-- a new row with the day it was written; never changed once saved.

create table vocational_profile (
    id                  uuid primary key,
    organisation_code   text not null references organisation (code),
    client_id           uuid not null references client (id),
    number              integer not null check (number > 0),
    written_on          date not null,
    written_by          uuid not null references staff (id),
    work_history        text,
    education           text,
    skills              text,
    interests           text,
    work_wanted         text,
    hours_wanted        text,
    -- The outcome of a better-off calculation, as the worker entered it.
    better_off          text,
    travel              text,
    -- The conditions and adjustments the client chooses to tell employers about, and whether they chose to.
    conditions          text,
    share_conditions    boolean not null default false,
    support_at_work     text,
    referees            text,
    created_at          timestamptz not null default now(),
    constraint vocational_profile_once unique (client_id, number)
);
alter table vocational_profile enable row level security;
create policy own_organisation on vocational_profile
    using (organisation_code = current_setting('waymark.organisation', true));
