-- A second provider for the national report's tests: it shares No One Left Behind beside the report organisation.
insert into organisation (code, name, client_ref_prefix) values ('south-national', 'South National Employment', 'SN');
