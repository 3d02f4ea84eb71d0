-- An organisation that takes referrals through its public form and partners' links (issue 23), kept apart so that its
-- queue and its waits from referral hold only what its own tests send.
insert into organisation (code, name, client_ref_prefix) values ('east-referrals', 'East Referrals Employment', 'EF');
