-- An import takes employers, earlier stage moves, sustainment check answers and action-plan goals as well as clients,
-- jobs and contacts: a file (or a remembered column match) may be of each kind.
alter table import_file drop constraint import_file_part_check;
alter table import_file add constraint import_file_part_check check (part in ('WORKBOOK', 'EMPLOYERS', 'CLIENTS',
    'STAGE_MOVES', 'JOBS', 'FOLLOW_UPS', 'GOALS', 'CONTACTS'));
alter table import_mapping drop constraint import_mapping_kind_check;
alter table import_mapping add constraint import_mapping_kind_check check (kind in ('EMPLOYERS', 'CLIENTS',
    'STAGE_MOVES', 'JOBS', 'FOLLOW_UPS', 'GOALS', 'CONTACTS'));

-- Goals an import makes are stamped with its batch, as V21 stamps the other records an import makes, so that an undo
-- removes exactly the goals the import made.
alter table action_goal add column import_id uuid references import_batch (id)
    default cast(nullif(current_setting('waymark.import', true), '') as uuid);
create index action_goal_import on action_goal (import_id) where import_id is not null;
