package vn.mttq.thidua.pledge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.shared.Paging;

/**
 * Pledges. The list (and its export) shows a year's latest handed in first, drafts last: an order read from an index
 * (V24), so that a page does not sort every pledge the filters let through.
 */
interface PledgeRepository extends JpaRepository<Pledge, Long> {

    String FILTER = """
            where (:scope is null or a.id = :scope)
              and (:fromYear is null or p.year between :fromYear and :toYear)
              and (:year is null or p.year = :year)
              and (:areaId is null or exists (select 1 from Participation pp
                                               where pp.unit = u and pp.contentArea.id = :areaId
                                                 and p.year between pp.campaign.startYear and pp.campaign.endYear))
              and (:agencyId is null or a.id = :agencyId)
              and (:status is null or p.review.status = :status)
              and p.searchKey like :pattern escape '\\'
            """;

    @Query(value = "select p from Pledge p join fetch p.unit u join fetch u.agency a join fetch u.contentArea " + FILTER
            + " order by p.year desc, p.review.submittedAt desc nulls last, p.id desc",
            countQuery = "select count(*) from (select p.id as id from Pledge p join p.unit u join u.agency a " + FILTER
                    + Paging.COUNTED + ") counted")
    Page<Pledge> search(Long scope, Integer fromYear, Integer toYear, Integer year, Long areaId, Long agencyId,
                        ReviewStatus status, String pattern, Pageable pageable);

    /** The pledge with its targets if the scope reaches its agency (a representative's), or any for null. */
    @Query("""
            select distinct p from Pledge p join fetch p.unit u join fetch u.agency a join fetch u.contentArea
            left join fetch p.targets
            where p.id = :id and (:scope is null or a.id = :scope)
            """)
    Optional<Pledge> findScoped(Long id, Long scope);

    @Query("""
            select distinct p from Pledge p left join fetch p.targets
            where p.unit.id = :unitId and p.year = :year
            """)
    Optional<Pledge> findByUnitAndYear(Long unitId, int year);

    @Query("""
            select p from Pledge p join fetch p.unit u
            where u.agency.id = :agencyId and p.review.status = vn.mttq.thidua.review.ReviewStatus.RETURNED
            order by p.review.reviewedAt desc
            """)
    List<Pledge> returnedOfAgency(Long agencyId);


    long countByReviewStatus(ReviewStatus status);

    long countByReviewStatusAndYearBetween(ReviewStatus status, int fromYear, int toYear);

    /** How many pledges of these years stand in each status: rows of (status, count). */
    @Query("select p.review.status, count(p) from Pledge p where p.year between :fromYear and :toYear group by p.review.status")
    List<Object[]> countByStatus(int fromYear, int toYear);

    /** Pledges of these years in a status, the earliest handed in first, with their units. */
    @Query("""
            select p from Pledge p join fetch p.unit
            where p.review.status = :status and p.year between :fromYear and :toYear
            order by p.review.submittedAt, p.id
            """)
    List<Pledge> inStatus(ReviewStatus status, int fromYear, int toYear, org.springframework.data.domain.Limit limit);

    @Query("""
            select p.id from Pledge p, vn.mttq.thidua.campaign.Campaign c
            where c.id = :campaignId and p.year between c.startYear and c.endYear and p.review.status = :status
            order by p.id
            """)
    List<Long> idsInStatusOfCampaign(ReviewStatus status, Long campaignId);

    /** Moves pledges to a status as their campaign's step does (a new version: a form open on them is stale). */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update Pledge p set p.review.status = :status, p.version = p.version + 1 where p.id in :ids")
    int moveTo(List<Long> ids, ReviewStatus status);
}
