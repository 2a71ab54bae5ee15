package vn.mttq.thidua.commendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommendationFormRepository extends JpaRepository<CommendationForm, Long> {

    List<CommendationForm> findAllByOrderBySortOrderAscIdAsc();

    List<CommendationForm> findByActiveTrueOrderBySortOrderAscIdAsc();

    boolean existsByCodeIgnoreCase(String code);
}
