-- The audit trail: every create, update and delete of a tenant record (stage moves included, as their own records)
-- and every read of a client record, written in the same transaction as the change. Append-only: the database
-- refuses to update, delete or truncate it, whoever asks.

-- No foreign keys: an entry is written as the change is made, before the rows it names may have reached the table.
create table audit_event (
    id                bigserial primary key,
    organisation_code text not null,
    occurred_at       timestamptz not null default now(),
    actor             text not null,
    action            text not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'READ')),
    entity            text not null,
    entity_id         text not null,
    client_id         uuid,
    changes           text
);

create index audit_event_client on audit_event (organisation_code, client_id, occurred_at);
create index audit_event_actor on audit_event (organisation_code, actor, occurred_at);
create index audit_event_time on audit_event (organisation_code, occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
