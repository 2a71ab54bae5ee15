package vn.mttq.thidua.report;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.review.ReviewedWorkOfCampaign;

/** The reports of a campaign's periods, as the steps of its life count and move them. */
@Component
@Order(4)
class ReportsOfCampaign extends ReviewedWorkOfCampaign {

    private final ReportRepository reports;

    ReportsOfCampaign(ReportRepository reports, AuditLog auditLog) {
        super(auditLog);
        this.reports = reports;
    }

    @Override
    protected String auditType() {
        return "Report";
    }

    @Override
    protected List<Object[]> countByStatus(Campaign campaign) {
        return reports.countByStatusOfCampaign(campaign.getId());
    }

    @Override
    public List<Waiting> waiting(Campaign campaign, int limit) {
        return reports.inStatusOfCampaign(ReviewStatus.SUBMITTED, campaign.getId(), Limit.of(limit)).stream()
                .map(r -> new Waiting("campaign.waiting.Report", r.getUnitNameOnRecord() + " — " + r.getPeriod().getName(),
                        "/reports/" + r.getId())).toList();
    }

    @Override
    protected List<Long> idsIn(Long campaignId, ReviewStatus status) {
        return reports.idsInStatusOfCampaign(status, campaignId);
    }

    @Override
    protected void move(List<Long> ids, ReviewStatus to) {
        reports.moveTo(ids, to);
    }
}
