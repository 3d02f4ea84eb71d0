-- An organisation of its own for the progressions worked by hand (ProgressionsReportTest), so that its report counts
-- only the people that test records.
insert into organisation (code, name, client_ref_prefix) values ('progressions-report', 'Progressions Employment', 'PR');
