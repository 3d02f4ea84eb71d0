package io.waymark.referral;

import java.util.List;
import java.util.UUID;

/**
 * A referral form as a visitor sees it: the organisation's own self-referral form ({@code partner} null), or a
 * partner's link with the partner's questions. {@code consent} is what the person agrees to, word for word.
 */
public record ReferralForm(String organisationCode, String organisationName, UUID linkId, String partner,
        String referralSource, List<PartnerQuestion> questions, String consent) {

    public boolean fromPartner() {
        return partner != null;
    }
}
