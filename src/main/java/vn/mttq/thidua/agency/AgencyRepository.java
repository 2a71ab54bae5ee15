package vn.mttq.thidua.agency;

import vn.mttq.thidua.shared.Paging;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    /** The list's filters: kind, status, renamed (a rename among its changes), and the search on every name it had. */
    String FILTER = """
            where (:kind is null or a.kind = :kind) and (:status is null or a.status = :status)
              and (:renamed = false or exists (select c from AgencyChange c where c.agency = a
                                               and c.kind = vn.mttq.thidua.agency.AgencyChange.Kind.RENAMED))
              and a.searchKey like :pattern escape '\\'
            """;

    @Query(value = "select a from Agency a left join fetch a.parent left join fetch a.cluster left join fetch a.successor "
            + FILTER + " order by a.name, a.id",
            countQuery = "select count(*) from (select a.id as id from Agency a " + FILTER + Paging.COUNTED + ") counted")
    Page<Agency> search(AgencyKind kind, AgencyStatus status, boolean renamed, String pattern, Pageable pageable);

    /** The agency if the scope reaches it: a representative's scope is their agency, null reaches all. */
    @Query("""
            select a from Agency a left join fetch a.parent left join fetch a.cluster left join fetch a.successor s
            where a.id = :id and (:scope is null or a.id = :scope or s.id = :scope or exists (
              select c from AgencyChange c where c.agency = a and c.successor.id = :scope
                and c.kind = vn.mttq.thidua.agency.AgencyChange.Kind.SPLIT))
            """)
    Optional<Agency> findScoped(Long id, Long scope);

    /**
     * The agencies merged into this one, whose work it took on, or a part of which it took: its predecessors. Found by
     * the two indexes (successor, changes) and united: an "or" of the two read every agency (1.7 ms at the country).
     */
    @Query("""
            select a from Agency a where a.id in (
              select x.id from Agency x where x.successor.id = :id
              union
              select c.agency.id from AgencyChange c
              where c.successor.id = :id and c.kind = vn.mttq.thidua.agency.AgencyChange.Kind.SPLIT)
            order by a.endedOn, a.name
            """)
    List<Agency> predecessorsOf(Long id);

    List<Agency> findByParentIdOrderByName(Long parentId);

    @Query("select a from Agency a order by a.name")
    List<Agency> findAllOrderByName();

    @Query("""
            select count(a) from Agency a where a.status = vn.mttq.thidua.agency.AgencyStatus.ACTIVE and not exists
              (select u from Unit u where u.agency = a and u.status = vn.mttq.thidua.agency.UnitStatus.ACTIVE)
            """)
    long countWithoutActiveUnits();

    long countByStatus(AgencyStatus status);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
