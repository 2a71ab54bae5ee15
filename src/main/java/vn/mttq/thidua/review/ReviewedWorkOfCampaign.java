package vn.mttq.thidua.review;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignStepped;
import vn.mttq.thidua.campaign.CampaignWork;

/**
 * What a campaign's life does to the work under review it holds, written once for pledges and reports: the figures
 * a step's confirmation page shows (awaiting review, drafts and returned ones), the links to what awaits review, and,
 * on {@link CampaignStepped} in the step's transaction, a close marks what still awaited review as not reviewed
 * while a step back from closed puts it back under review — each record audited. Each kind of work says how its
 * records are counted, found and moved.
 */
@NamedInterface("api")
public abstract class ReviewedWorkOfCampaign implements CampaignWork {

    private final AuditLog auditLog;

    protected ReviewedWorkOfCampaign(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** The kind of record, as the audit trail names it ("Pledge"); its figures' words are {@code campaign.figure.<kind>…}. */
    protected abstract String auditType();

    /** How many of the campaign's records stand in each status: rows of (status, count), as a grouped query gives them. */
    protected abstract List<Object[]> countByStatus(Campaign campaign);

    /** The ids of the campaign's records in a status. */
    protected abstract List<Long> idsIn(Long campaignId, ReviewStatus status);

    /** Moves these records to a status (and on to a new version), as the review cycle allowed it. */
    protected abstract void move(List<Long> ids, ReviewStatus to);

    @Override
    public List<Figure> figures(Campaign campaign, LocalDate today) {
        Map<ReviewStatus, Long> counts = new java.util.EnumMap<>(ReviewStatus.class);
        for (Object[] row : countByStatus(campaign)) {
            counts.put((ReviewStatus) row[0], (Long) row[1]);
        }
        String prefix = "campaign.figure." + auditType();
        return List.of(Figure.awaitingReview(prefix + ".awaitingReview", counts.getOrDefault(ReviewStatus.SUBMITTED, 0L)),
                Figure.shown(prefix + ".drafts", counts.getOrDefault(ReviewStatus.DRAFT, 0L)
                        + counts.getOrDefault(ReviewStatus.RETURNED, 0L)),
                Figure.shown(prefix + ".notReviewed", counts.getOrDefault(ReviewStatus.NOT_REVIEWED, 0L)));
    }

    @EventListener
    void on(CampaignStepped stepped) {
        if (stepped.closed()) {
            move(stepped, ReviewStatus.SUBMITTED, ReviewStatus.NOT_REVIEWED);
        } else if (stepped.reopened()) {
            move(stepped, ReviewStatus.NOT_REVIEWED, ReviewStatus.SUBMITTED);
        }
    }

    private void move(CampaignStepped stepped, ReviewStatus from, ReviewStatus to) {
        from.to(to);
        List<Long> ids = idsIn(stepped.campaignId(), from);
        if (ids.isEmpty()) {
            return;
        }
        move(ids, to);
        for (Long id : ids) {
            auditLog.record(to.name(), auditType(), id, stepped.reason(), Map.of("status", from.name()),
                    Map.of("status", to.name(), "campaignId", stepped.campaignId()));
        }
    }
}
