-- Referrals from the public and from partners (issue 23): a self-referral form per organisation, partner links with a
-- revocable secret, and the queue a team lead reviews. A referral is not a client until it is accepted.

-- The organisation's rules for its queue: whether its public form is open, how many working days a referral may wait
-- for a decision before it is flagged, and how long a declined referral is kept before it is deleted.
alter table organisation
    add column self_referral_open boolean not null default false,
    add column referral_review_days integer not null default 5 check (referral_review_days between 1 and 60),
    add column declined_referral_days integer not null default 90 check (declined_referral_days between 1 and 730);

-- A partner's link: only the secret's hash is kept (as for the calendar feed); the link names the partner on each
-- referral, counts it as one of the organisation's referral sources, and may ask the partner's own questions.
create table referral_link (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    partner           text not null check (length(partner) between 1 and 100),
    referral_source   text not null,
    questions         jsonb not null default '[]' check (jsonb_typeof(questions) = 'array'),
    token_hash        text not null unique,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    revoked_on        timestamptz,
    version           integer not null default 0
);
create index referral_link_org on referral_link (organisation_code, created_at);
alter table referral_link enable row level security;
create policy own_organisation on referral_link
    using (organisation_code = current_setting('waymark.organisation', true));

-- A referral as it was sent: the person, what they want help with, how to contact them and what they agreed to; from a
-- partner, who referred them and the answers to the partner's questions. Then the decision.
create table referral (
    id                uuid primary key,
    organisation_code text not null references organisation (code),
    link_id           uuid references referral_link (id),
    partner           text,
    referral_source   text not null,
    received_at       timestamptz not null default now(),
    first_name        text not null check (length(first_name) between 1 and 100),
    last_name         text not null check (length(last_name) between 1 and 100),
    preferred_name    text,
    date_of_birth     date not null,
    email             text,
    phone             text,
    postcode          text,
    contact_by        text[] not null default '{}',
    about             text,
    consent           text not null,
    referrer_name     text,
    referrer_email    text,
    referrer_phone    text,
    answers           jsonb not null default '[]' check (jsonb_typeof(answers) = 'array'),
    status            text not null default 'NEW' check (status in ('NEW', 'ACCEPTED', 'DECLINED')),
    decided_at        timestamptz,
    decided_by        text,
    decline_reason    text,
    client_id         uuid references client (id),
    version           integer not null default 0,
    constraint referral_decided check ((status = 'NEW') = (decided_at is null)),
    constraint referral_accepted check ((status = 'ACCEPTED') = (client_id is not null)),
    constraint referral_declined check ((status = 'DECLINED') = (decline_reason is not null))
);
create index referral_queue on referral (organisation_code, status, received_at);
alter table referral enable row level security;
create policy own_organisation on referral using (organisation_code = current_setting('waymark.organisation', true));
