package vn.mttq.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterReviewRepository extends JpaRepository<ClusterReview, Long> {

    Optional<ClusterReview> findByClusterId(Long clusterId);
}
