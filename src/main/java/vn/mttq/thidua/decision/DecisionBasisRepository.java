package vn.mttq.thidua.decision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionBasisRepository extends JpaRepository<DecisionBasis, Long> {

    @Query("select b from DecisionBasis b order by b.sortOrder, b.inForceFrom, b.id")
    List<DecisionBasis> findAllOrdered();
}
