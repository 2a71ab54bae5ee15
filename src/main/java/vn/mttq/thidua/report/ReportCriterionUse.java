package vn.mttq.thidua.report;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.criterion.CriterionUse;

/** What the criteria ask of reports: whether one was scored on a criterion, or handed in within a content area. */
@Component
@Transactional(readOnly = true)
class ReportCriterionUse implements CriterionUse {

    private final ReportRepository reports;

    ReportCriterionUse(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public boolean isScored(Long criterionId) {
        return reports.isScoredOn(criterionId);
    }

    @Override
    public boolean isReportedIn(Long contentAreaId) {
        return reports.handedInWithin(contentAreaId);
    }
}
