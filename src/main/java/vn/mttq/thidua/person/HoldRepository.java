package vn.mttq.thidua.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface HoldRepository extends Repository<Hold, Long> {

    Hold save(Hold hold);

    List<Hold> findByPersonIdOrderByFromDateDescIdDesc(Long personId);

    Optional<Hold> findByIdAndPersonId(Long id, Long personId);

    /** The holds on a person lasting on a day. */
    @Query("""
            select h from Hold h where h.personId = :personId and h.fromDate <= :day
              and (h.untilDate is null or h.untilDate >= :day) order by h.fromDate
            """)
    List<Hold> lastingOn(Long personId, LocalDate day);
}
