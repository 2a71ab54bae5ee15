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
     * The list's filters. The agency (a representative's, or the one chosen) is the list of its units' ids and the
     * campaign the list of its periods' ids, on the report's own columns ({@code fk}): lists PostgreSQL estimates from
     * its statistics. As subqueries behind "(:x is null or exists …)" they became filters it could not estimate, and it
     * walked the whole list index for a page of an agency or a campaign with few reports (1.8 s at the country for every
     * representative's list); as joined columns, the count read each report it counted. A filter left empty is taken
     * out of the statement (each is planned with its values), the lists too when they let everything through.
     */
    String FILTER = """
            where (:everyPeriod = true or fk(r.period) in :periodIds)
              and (:everyUnit = true or fk(r.unit) in :unitIds)
              and (:areaId is null or r.contentAreaId = :areaId)
              and (:status is null or r.review.status = :status)
              and (:late is null or (r.late = :late and r.review.status <> vn.mttq.thidua.review.ReviewStatus.DRAFT))
              and (:pattern = '%%' or r.searchKey like :pattern escape '\\')
            """;

    @Query(value = "select r from Report r join fetch r.unit u join fetch u.agency a join fetch u.contentArea "
            + "join fetch r.period p " + FILTER + " order by r.review.submittedAt desc nulls last, r.id desc",
            countQuery = "select count(r) from Report r " + FILTER)
    Page<Report> search(boolean everyUnit, Collection<Long> unitIds, boolean everyPeriod, Collection<Long> periodIds, Long areaId, ReviewStatus status,
                        Boolean late, String pattern, Pageable pageable);

    @Query(value = "select new vn.mttq.thidua.report.ReportRow(r.id, coalesce(r.names.unitName, u.name), coalesce(r.names.agencyName, a.name), "
            + "p.name, p.nameEn, r.review.status, r.late, r.review.submittedAt, r.totalScore) "
            + "from Report r join r.unit u join u.agency a join r.period p " + FILTER
            + " order by r.review.submittedAt desc nulls last, r.id desc",
            countQuery = "select count(*) from (select r.id as id from Report r " + FILTER
                    + Paging.COUNTED + ") counted")
    Page<ReportRow> rows(boolean everyUnit, Collection<Long> unitIds, boolean everyPeriod, Collection<Long> periodIds, Long areaId, ReviewStatus status,
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

    /** How many reports of a campaign's periods stand in each status: rows of (status, count). */
    @Query("select r.review.status, count(r) from Report r where r.period.campaign.id = :campaignId group by r.review.status")
    List<Object[]> countByStatusOfCampaign(Long campaignId);

    /** Reports of a campaign's periods in a status, the earliest handed in first, with their units and periods. */
    @Query("""
            select r from Report r join fetch r.unit join fetch r.period p
            where r.review.status = :status and p.campaign.id = :campaignId
            order by r.review.submittedAt, r.id
            """)
    List<Report> inStatusOfCampaign(ReviewStatus status, Long campaignId, org.springframework.data.domain.Limit limit);

    @Query("select r.id from Report r where r.period.campaign.id = :campaignId and r.review.status = :status order by r.id")
    List<Long> idsInStatusOfCampaign(ReviewStatus status, Long campaignId);

    /** Moves reports to a status as their campaign's step does (a new version: a form open on them is stale). */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update Report r set r.review.status = :status, r.version = r.version + 1 where r.id in :ids")
    int moveTo(List<Long> ids, ReviewStatus status);
}
