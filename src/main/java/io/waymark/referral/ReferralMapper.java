package io.waymark.referral;

import io.waymark.client.DuplicateCandidate;
import java.util.List;
import org.mapstruct.Mapper;

@Mapper
public interface ReferralMapper {

    ReferralView toView(Referral referral, long workingDaysWaiting, boolean overdue,
            List<DuplicateCandidate> likelyDuplicates);

    ReferralLinkView toView(ReferralLink link, String address);
}
