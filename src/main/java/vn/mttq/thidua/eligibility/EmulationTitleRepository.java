package vn.mttq.thidua.eligibility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmulationTitleRepository extends JpaRepository<EmulationTitle, Long> {

    List<EmulationTitle> findAllByOrderBySortOrder();
}
