-- The Today page lists the contacts a worker planned themselves (for a client with no worker, say) beside those with
-- their own clients: found by planner, not by a scan of every plan.
create index planned_contact_planner on planned_contact (planned_by, planned_for);
