package io.waymark.referral;

/** A partner's question as it was asked, and the answer given (empty when left blank). */
public record PartnerAnswer(String question, String answer) {
}
