package vn.mttq.thidua.ranking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassificationRepository extends JpaRepository<ClassificationLevel, Long> {

    List<ClassificationLevel> findAllByOrderBySortOrder();
}
