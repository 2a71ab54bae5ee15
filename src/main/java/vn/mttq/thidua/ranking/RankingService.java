package vn.mttq.thidua.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.report.Report;
import vn.mttq.thidua.report.ReportService;
import vn.mttq.thidua.shared.BusinessRuleException;

/** Ranks the scored reports of a period and content area, and classifies them by thresholds kept as settings. */
@Service
@Transactional(readOnly = true)
public class RankingService {

    private final ClassificationRepository levels;
    private final ReportService reports;
    private final AuditLog auditLog;

    RankingService(ClassificationRepository levels, ReportService reports, AuditLog auditLog) {
        this.levels = levels;
        this.reports = reports;
        this.auditLog = auditLog;
    }

    public List<ClassificationLevel> levels() {
        return levels.findAllByOrderBySortOrder();
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public List<RankingRow> rank(Long periodId, Long areaId) {
        return rank(reports.accepted(periodId, areaId), new Classification(levels()));
    }

    /** Competition ranking (1, 1, 3…) of reports already ordered by score, best first. */
    static List<RankingRow> rank(List<Report> ordered, Classification classification) {
        List<RankingRow> rows = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Report report = ordered.get(i);
            if (previous == null || report.getTotalScore().compareTo(previous) != 0) {
                rank = i + 1;
                previous = report.getTotalScore();
            }
            rows.add(new RankingRow(rank, report.getId(), report.getUnitNameOnRecord(), report.getAgencyNameOnRecord(),
                    report.getTotalScore(), classification.of(report.getTotalScore())));
        }
        return rows;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setThresholds(BigDecimal excellent, BigDecimal good, BigDecimal fair) {
        if (good.compareTo(excellent) >= 0) {
            throw BusinessRuleException.onField("good", "ranking.error.order");
        }
        if (fair.compareTo(good) >= 0) {
            throw BusinessRuleException.onField("fair", "ranking.error.order");
        }
        Map<String, BigDecimal> wanted = Map.of("EXCELLENT", excellent, "GOOD", good, "FAIR", fair);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (ClassificationLevel level : levels()) {
            before.put(level.getCode(), level.getMinScore());
            if (wanted.containsKey(level.getCode())) {
                level.setMinScore(wanted.get(level.getCode()));
            }
            after.put(level.getCode(), level.getMinScore());
        }
        auditLog.record("UPDATE", "ClassificationLevel", null, "thresholds", before, after);
    }
}
