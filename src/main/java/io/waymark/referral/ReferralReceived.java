package io.waymark.referral;

/** A referral came through a form, in its transaction: the messages feature tells the team leads who review them. */
public record ReferralReceived(Referral referral) {
}
