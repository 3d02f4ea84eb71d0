-- An organisation of its own for the outcome definition tests, whose definitions change its follow-up schedules.
insert into organisation (code, name, client_ref_prefix) values ('west-rules', 'West Rules Employment', 'WR');
