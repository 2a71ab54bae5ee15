package vn.mttq.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClusterOfYearRepository extends JpaRepository<Cluster, Long> {

    /** The clusters of a year with their members, head and deputy: all (scope null), or those the agency belongs to. */
    @Query("""
            select distinct c from Cluster c left join fetch c.members m left join fetch m.agency
            left join fetch c.head left join fetch c.deputy
            where c.year = :year and (:scope is null or exists (
                select 1 from ClusterMember x where x.cluster = c and x.agency.id = :scope))
            order by c.name
            """)
    List<Cluster> ofYear(int year, Long scope);

    @Query("""
            select distinct c from Cluster c left join fetch c.members m left join fetch m.agency
            left join fetch c.head left join fetch c.deputy
            where c.id = :id and (:scope is null or exists (
                select 1 from ClusterMember x where x.cluster = c and x.agency.id = :scope))
            """)
    Optional<Cluster> findScoped(Long id, Long scope);

    @Query("select distinct c.year from Cluster c order by c.year desc")
    List<Integer> years();

    boolean existsByYearAndNameIgnoreCase(int year, String name);

    long countByYear(int year);

    boolean existsByYearAndNameIgnoreCaseAndIdNot(int year, String name, Long id);

    /** The cluster an agency already belongs to in a year, other than {@code except}. */
    @Query("""
            select m.cluster.name from ClusterMember m where m.year = :year and m.agency.id = :agencyId
              and (:except is null or m.cluster.id <> :except)
            """)
    List<String> clusterOf(int year, Long agencyId, Long except);
}
