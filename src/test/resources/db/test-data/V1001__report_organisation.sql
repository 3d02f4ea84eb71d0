-- An organisation of its own for the report tests, so that the hand-worked cohort is all it holds.
insert into organisation (code, name, client_ref_prefix) values ('east-reports', 'East Reports Employment', 'ER');
