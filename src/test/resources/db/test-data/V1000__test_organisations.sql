-- Two organisations for the tests; each test class makes its own clients.
insert into organisation (code, name, client_ref_prefix) values
    ('north-works', 'North Works Employment Service', 'NW'),
    ('south-care', 'South Care Supported Employment', 'SC');
