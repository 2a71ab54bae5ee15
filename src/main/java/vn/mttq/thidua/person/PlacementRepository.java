package vn.mttq.thidua.person;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PlacementRepository extends Repository<Placement, Long> {

    Placement save(Placement placement);

    /** Written at once: the open placement ends before the next opens (one open placement a person). */
    Placement saveAndFlush(Placement placement);

    /** A person's placements with their units and agencies, the latest first (the open one, then by start). */
    @Query("""
            select pl from Placement pl join fetch pl.unit u join fetch u.agency
            where pl.personId = :personId
            order by case when pl.untilDate is null then 0 else 1 end, pl.fromDate desc nulls last, pl.id desc
            """)
    List<Placement> ofPerson(Long personId);
}
