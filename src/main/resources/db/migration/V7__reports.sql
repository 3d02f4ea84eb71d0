-- Reports: what a service costs per period and funding stream, and the funders (commissioners) who may see a
-- service's aggregate figures. Funders are not tenants: a provider's administrator names the funders of their service.

create table service_cost (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    funding_stream    text,
    period_from       date not null,
    period_to         date not null,
    amount            numeric(12, 2) not null check (amount >= 0),
    note              text,
    recorded_by       uuid not null references staff (id),
    recorded_at       timestamptz not null default now(),
    constraint service_cost_period check (period_to >= period_from)
);

create index service_cost_period on service_cost (organisation_code, period_from, period_to);

create table funder (
    code text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name text not null
);

create table funded_service (
    funder_code       text not null references funder (code),
    organisation_code text not null references organisation (code),
    named_by          uuid not null references staff (id),
    named_at          timestamptz not null default now(),
    primary key (funder_code, organisation_code)
);

-- Who was supported in a period starts from the consent date (see docs/measures.md).
create index client_org_consent on client (organisation_code, consent_date);
