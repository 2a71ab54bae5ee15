package vn.mttq.thidua.agency;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyChangeRepository extends JpaRepository<AgencyChange, Long> {

    /** The changes of an agency, and those by which others became it (their merger into it), oldest first. */
    @Query("""
            select c from AgencyChange c join fetch c.agency left join fetch c.successor
            where c.agency.id = :agencyId or c.successor.id = :agencyId
            order by c.effectiveOn, c.id
            """)
    List<AgencyChange> involving(Long agencyId);
}
