-- GDPR consent: what the client agreed to (scope) as well as when, and when they withdrew it.
alter table client add column consent_scope text not null default ''
    check (consent_scope ~ '^([A-Z_]+(,[A-Z_]+)*)?$');
alter table client add column consent_withdrawn_on date;
alter table client add constraint client_consent_withdrawn_after_given
    check (consent_withdrawn_on is null or (consent_date is not null and consent_withdrawn_on >= consent_date));

-- Consent recorded before scopes existed was consent to take part in the service.
update client set consent_scope = 'SUPPORT' where consent_given;
