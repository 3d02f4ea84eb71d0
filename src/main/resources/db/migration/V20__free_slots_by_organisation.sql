-- The client page offers the organisation's free assessment slots of the next eight weeks: found by organisation and
-- time, not by a scan of every slot of every organisation (80 of the page's 100 ms at scale 1, docs/performance.md).
create index assessment_slot_offered on assessment_slot (organisation_code, starts_at) where not withdrawn;
