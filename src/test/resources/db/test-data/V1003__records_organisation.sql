-- An organisation of its own for the tests of correcting records, whose reports must hold only their own jobs.
insert into organisation (code, name, client_ref_prefix) values ('north-records', 'North Records Employment', 'NR');
