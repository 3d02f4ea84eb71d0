-- An organisation whose administrator adds its own fields (issue 22): kept apart, as a required field of its own
-- would refuse every other test's referrals.
insert into organisation (code, name, client_ref_prefix) values ('west-fields', 'West Fields Employment', 'WF');
