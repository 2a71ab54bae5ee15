package vn.mttq.thidua.pledge;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.review.ReviewedWorkOfCampaign;

/** The pledges of a campaign's years, as the steps of its life count and move them. */
@Component
@Order(3)
class PledgesOfCampaign extends ReviewedWorkOfCampaign {

    private final PledgeRepository pledges;

    PledgesOfCampaign(PledgeRepository pledges, AuditLog auditLog) {
        super(auditLog);
        this.pledges = pledges;
    }

    @Override
    protected String auditType() {
        return "Pledge";
    }

    @Override
    protected List<Object[]> countByStatus(Campaign campaign) {
        return pledges.countByStatus(campaign.getStartYear(), campaign.getEndYear());
    }

    @Override
    public List<Waiting> waiting(Campaign campaign, int limit) {
        return pledges.inStatus(ReviewStatus.SUBMITTED, campaign.getStartYear(), campaign.getEndYear(), Limit.of(limit))
                .stream().map(p -> new Waiting("campaign.waiting.Pledge", p.getUnitNameOnRecord() + " — " + p.getYear(),
                        "/pledges/" + p.getId())).toList();
    }

    @Override
    protected List<Long> idsIn(Long campaignId, ReviewStatus status) {
        return pledges.idsInStatusOfCampaign(status, campaignId);
    }

    @Override
    protected void move(List<Long> ids, ReviewStatus to) {
        pledges.moveTo(ids, to);
    }
}
