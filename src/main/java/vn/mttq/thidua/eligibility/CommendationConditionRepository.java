package vn.mttq.thidua.eligibility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.mttq.thidua.catalogue.NomineeType;

interface CommendationConditionRepository extends JpaRepository<CommendationCondition, Long> {

    /** The conditions of a form for a kind of nominee, with their titles, in their order. */
    @Query("select distinct c from CommendationCondition c left join fetch c.titles where c.formId = :formId "
            + "and c.nomineeType = :type order by c.alternative, c.sortOrder, c.id")
    List<CommendationCondition> findOfForm(Long formId, NomineeType type);

    /** Every condition of a form, with their titles: collectives first, then by alternative and order. */
    @Query("select distinct c from CommendationCondition c left join fetch c.titles where c.formId = :formId "
            + "order by c.nomineeType, c.alternative, c.sortOrder, c.id")
    List<CommendationCondition> findAllOfForm(Long formId);

}
