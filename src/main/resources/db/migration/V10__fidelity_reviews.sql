-- IPS fidelity reviews: the 25 items of the IPS Fidelity Scale scored 1 to 5 with notes and evidence, the total
-- and its band, who reviewed and when; readiness reviews are the same form marked as such.

create table fidelity_review (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    team_id           uuid references team (id),
    kind              text not null check (kind in ('FULL', 'READINESS')),
    reviewed_on       date not null,
    reviewers         text not null,
    notes             text,
    total             integer not null check (total between 25 and 125),
    band              text not null,
    recorded_by       uuid not null references staff (id),
    recorded_at       timestamptz not null default now()
);

create index fidelity_review_team on fidelity_review (organisation_code, team_id, reviewed_on);

create table fidelity_item_score (
    review_id uuid not null references fidelity_review (id) on delete cascade,
    item      text not null,
    score     integer not null check (score between 1 and 5),
    notes     text,
    evidence  text,
    primary key (review_id, item)
);
