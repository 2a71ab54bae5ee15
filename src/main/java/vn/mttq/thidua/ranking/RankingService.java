package vn.mttq.thidua.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
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

    /**
     * A page of the ranking of a period and content area — ranks and the order computed by the database over the
     * ranking's index (report module) — classified by the levels in force, which come with it.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Ranking rank(long periodId, long areaId, Pageable pageable) {
        return rank(periodId, areaId, null, pageable);
    }

    /** The same among the units of some agencies (a cluster's members; null: all), ranked among themselves. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Ranking rank(long periodId, long areaId, java.util.Collection<Long> agencyIds, Pageable pageable) {
        List<ClassificationLevel> inForce = levels();
        Classification classification = new Classification(inForce);
        Page<RankingRow> rows = (agencyIds == null ? reports.ranked(periodId, areaId, pageable)
                : reports.ranked(periodId, areaId, agencyIds, pageable)).map(r -> new RankingRow(r.rank(),
                r.reportId(), r.unitName(), r.agencyName(), r.score(), classification.of(r.score())));
        return new Ranking(rows, inForce);
    }

    /** The whole ranking of a period and content area, as the export hands it upward. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public List<RankingRow> rankAll(long periodId, long areaId) {
        return rank(periodId, areaId, PageRequest.of(0, Integer.MAX_VALUE)).rows().getContent();
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
