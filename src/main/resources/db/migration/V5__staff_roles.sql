-- The realm roles a member of staff had when last seen, so that admins can see them without the identity
-- provider's admin API. The identity provider stays the authority; this is a copy for display.
alter table staff add column roles text not null default '';
