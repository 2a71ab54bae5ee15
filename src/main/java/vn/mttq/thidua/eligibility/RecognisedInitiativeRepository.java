package vn.mttq.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecognisedInitiativeRepository extends JpaRepository<RecognisedInitiative, Long> {

    /** A unit's or a person's initiatives (one id null) with where each was counted, the latest first. */
    @Query("""
            select i, u from RecognisedInitiative i left join InitiativeUse u on u.initiativeId = i.id
            where (i.unitId = :unitId or i.personId = :personId) order by i.recognisedOn desc, i.id desc
            """)
    List<Object[]> findOf(Long unitId, Long personId);

    /** Those recognised between two days, with where each was counted: one statement for a condition. */
    @Query("""
            select i, u from RecognisedInitiative i left join InitiativeUse u on u.initiativeId = i.id
            where (i.unitId = :unitId or i.personId = :personId) and i.recognisedOn between :from and :to
            order by i.recognisedOn, i.id
            """)
    List<Object[]> findOfBetween(Long unitId, Long personId, LocalDate from, LocalDate to);

    @Query("select i from RecognisedInitiative i where i.id = :id and (i.unitId = :unitId or i.personId = :personId)")
    Optional<RecognisedInitiative> findOfHolder(Long id, Long unitId, Long personId);
}
