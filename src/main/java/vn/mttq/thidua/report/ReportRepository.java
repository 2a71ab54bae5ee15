package vn.mttq.thidua.report;

import java.util.Collection;
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
     * The list's filters. The periods are listed (those of the shown campaign, or the one chosen) and the agency is
     * the unit's, both plain conditions whose selectivity PostgreSQL reads from its statistics: as subqueries behind
     * "(:x is null or exists …)" they became filters it could not estimate, and it walked the whole list index for a
     * page of a campaign or an agency with few reports (1.8 s at the country for every representative's list). The
     * periods are the report's own column ({@code fk}): on the joined period, the list would not reach the report. A
     * filter left empty is taken out of the statement (each is planned with its values).
     */
    String FILTER = """
            where fk(r.period) in :periodIds
              and (:scope is null or u.agency.id = :scope)
              and (:areaId is null or r.contentAreaId = :areaId)
              and (:agencyId is null or u.agency.id = :agencyId)
              and (:status is null or r.review.status = :status)
              and (:late is null or (r.late = :late and r.review.status <> vn.mttq.thidua.review.ReviewStatus.DRAFT))
              and (:pattern = '%%' or r.searchKey like :pattern escape '\\')
            """;

    @Query(value = "select r from Report r join fetch r.unit u join fetch u.agency a join fetch u.contentArea "
            + "join fetch r.period p " + FILTER + " order by r.review.submittedAt desc nulls last, r.id desc",
            countQuery = "select count(r) from Report r join r.unit u " + FILTER)
    Page<Report> search(Long scope, Collection<Long> periodIds, Long areaId, Long agencyId, ReviewStatus status,
                        Boolean late, String pattern, Pageable pageable);

    @Query(value = "select new vn.mttq.thidua.report.ReportRow(r.id, coalesce(r.unitName, u.name), coalesce(r.agencyName, a.name), "
            + "p.name, p.nameEn, r.review.status, r.late, r.review.submittedAt, r.totalScore) "
            + "from Report r join r.unit u join u.agency a join r.period p " + FILTER
            + " order by r.review.submittedAt desc nulls last, r.id desc",
            countQuery = "select count(*) from (select r.id as id from Report r join r.unit u " + FILTER
                    + Paging.COUNTED + ") counted")
    Page<ReportRow> rows(Long scope, Collection<Long> periodIds, Long areaId, Long agencyId, ReviewStatus status,
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
