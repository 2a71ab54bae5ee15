package vn.mttq.thidua.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.shared.Paging;

/**
 * Reports. The list (and its export) shows the latest handed in first, drafts last: an order read from an index
 * (V21), so that a page does not sort every report the filters let through.
 */
interface ReportRepository extends JpaRepository<Report, Long> {

    /**
     * The list's filters, on the report alone: the agency and the campaign through subqueries, which a filter left
     * empty takes out of the statement (each is planned with its values), as an empty search, so that counting the
     * reports a filter lets through reads the reports and nothing else (an index alone for a state).
     */
    String FILTER = """
            where (:scope is null or exists (select 1 from Unit w where w.id = r.unit.id and w.agency.id = :scope))
              and (:campaignId is null or exists (select 1 from ReportingPeriod q where q.id = r.period.id and q.campaign.id = :campaignId))
              and (:periodId is null or r.period.id = :periodId)
              and (:areaId is null or r.contentAreaId = :areaId)
              and (:agencyId is null or exists (select 1 from Unit v where v.id = r.unit.id and v.agency.id = :agencyId))
              and (:status is null or r.review.status = :status)
              and (:late is null or (r.late = :late and r.review.status <> vn.mttq.thidua.review.ReviewStatus.DRAFT))
              and (:pattern = '%%' or r.searchKey like :pattern escape '\\')
            """;

    @Query(value = "select r from Report r join fetch r.unit u join fetch u.agency a join fetch u.contentArea "
            + "join fetch r.period p " + FILTER + " order by r.review.submittedAt desc nulls last, r.id desc",
            countQuery = "select count(r) from Report r " + FILTER)
    Page<Report> search(Long scope, Long campaignId, Long periodId, Long areaId, Long agencyId, ReviewStatus status,
                        Boolean late, String pattern, Pageable pageable);

    @Query(value = "select new vn.mttq.thidua.report.ReportRow(r.id, coalesce(r.unitName, u.name), coalesce(r.agencyName, a.name), "
            + "p.name, p.nameEn, r.review.status, r.late, r.review.submittedAt, r.totalScore) "
            + "from Report r join r.unit u join u.agency a join r.period p " + FILTER
            + " order by r.review.submittedAt desc nulls last, r.id desc",
            countQuery = "select count(*) from (select r.id as id from Report r " + FILTER
                    + Paging.COUNTED + ") counted")
    Page<ReportRow> rows(Long scope, Long campaignId, Long periodId, Long areaId, Long agencyId, ReviewStatus status,
                         Boolean late, String pattern, Pageable pageable);

    /** The report if the scope reaches its agency (a representative's), or any report for a null scope. */
    @Query("""
            select r from Report r join fetch r.unit u join fetch u.agency a join fetch u.contentArea
            join fetch r.period
            where r.id = :id and (:scope is null or a.id = :scope)
            """)
    Optional<Report> findScoped(Long id, Long scope);

    Optional<Report> findByUnitIdAndPeriodId(Long unitId, Long periodId);

    @Query("""
            select r from Report r join fetch r.unit u join fetch u.agency
            where r.period.id = :periodId and r.contentAreaId = :areaId
              and r.review.status = vn.mttq.thidua.review.ReviewStatus.ACCEPTED
            order by r.totalScore desc, r.unitName
            """)
    List<Report> accepted(Long periodId, Long areaId);

    @Query("""
            select r from Report r join fetch r.unit u join fetch r.period
            where u.agency.id = :agencyId
            """)
    List<Report> ofAgency(Long agencyId);

    long countByReviewStatus(ReviewStatus status);

    @Query("select count(s) > 0 from CriterionScore s where s.criterion.id = :criterionId")
    boolean isScoredOn(Long criterionId);

    @Query("select count(r) > 0 from Report r where r.contentAreaId = :areaId "
            + "and r.review.status <> vn.mttq.thidua.review.ReviewStatus.DRAFT")
    boolean handedInWithin(Long areaId);

    long countByReviewStatusAndPeriodCampaignId(ReviewStatus status, Long campaignId);

    @Query("""
            select r from Report r join fetch r.period p
            where r.unit.id = :unitId and r.review.status = vn.mttq.thidua.review.ReviewStatus.ACCEPTED
            order by p.closesOn desc
            """)
    List<Report> acceptedOfUnit(Long unitId);
}
