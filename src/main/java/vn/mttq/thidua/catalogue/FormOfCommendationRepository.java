package vn.mttq.thidua.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormOfCommendationRepository extends JpaRepository<FormOfCommendation, Long> {

    List<FormOfCommendation> findAllByOrderBySortOrderAscIdAsc();

    List<FormOfCommendation> findByActiveTrueOrderBySortOrderAscIdAsc();

    boolean existsByCodeIgnoreCase(String code);
}
