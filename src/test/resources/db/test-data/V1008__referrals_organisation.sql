-- An organisation that takes referrals through its public form and partners' links (issue 23), kept apart so that its
-- queue and its waits from referral hold only what its own tests send.
insert into organisation (code, name, client_ref_prefix) values ('east-referrals', 'East Referrals Employment', 'EF');
-- Its waits from referral are worked by hand (ReferralWaitsTest): its public form is open from the start.
insert into organisation (code, name, client_ref_prefix, self_referral_open)
values ('referral-waits', 'Referral Waits Employment', 'RW', true);
