package vn.mttq.thidua.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    /** The unit if the scope reaches its agency: a representative's scope is their agency, null reaches all. */
    @Query("""
            select u from Unit u join fetch u.agency join fetch u.contentArea
            where u.id = :id and (:scope is null or u.agency.id = :scope)
            """)
    Optional<Unit> findScoped(Long id, Long scope);

    @Query("""
            select u from Unit u join fetch u.contentArea
            where u.agency.id = :agencyId
            order by u.status, u.name
            """)
    List<Unit> findByAgency(Long agencyId);

    @Query("select u.id from Unit u where u.agency.id = :agencyId")
    List<Long> idsOfAgency(Long agencyId);

    @Query("""
            select u.agency.id, count(u) from Unit u
            where u.agency.id in :agencyIds and u.status = vn.mttq.thidua.agency.UnitStatus.ACTIVE
            group by u.agency.id
            """)
    List<Object[]> countActiveByAgency(Collection<Long> agencyIds);

    @Query("""
            select count(u) > 0 from Unit u
            where u.agency.id = :agencyId and lower(u.name) = lower(:name)
              and u.status = vn.mttq.thidua.agency.UnitStatus.ACTIVE and (:exceptId is null or u.id <> :exceptId)
            """)
    boolean activeNameTaken(Long agencyId, String name, Long exceptId);

    long countByStatus(UnitStatus status);

    @Query("""
            select u from Unit u join fetch u.agency a join fetch u.contentArea
            where u.status = vn.mttq.thidua.agency.UnitStatus.ACTIVE
            order by a.name, u.name
            """)
    List<Unit> findAllActive();

    @Query("""
            select u from Unit u join fetch u.agency a join fetch u.contentArea
            where u.status = vn.mttq.thidua.agency.UnitStatus.ACTIVE and a.id = :agencyId
            order by u.name
            """)
    List<Unit> findActiveOfAgency(Long agencyId);
}
