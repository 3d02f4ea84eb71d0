-- Access paths that scanned whole tables at scale 1 (docs/performance.md): a provider's jobs for its reports, and a
-- client's action plan (the partial index of V3 covers only open goals due for review).
create index job_outcome_org_start on job_outcome (organisation_code, start_date);
create index action_goal_client on action_goal (client_id, status, review_date);
