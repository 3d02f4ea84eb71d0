-- Two organisations for the import tests: one takes a cohort from files, the other the same cohort typed through the
-- API, so that their reports can be compared figure for figure with nothing else in them.
insert into organisation (code, name, client_ref_prefix) values ('east-imports', 'East Imports Employment', 'EI');
insert into organisation (code, name, client_ref_prefix) values ('east-typed', 'East Typed Employment', 'ET');
