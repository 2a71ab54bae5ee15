package vn.mttq.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterMarkRepository extends JpaRepository<ClusterMark, Long> {

    List<ClusterMark> findByReviewId(Long reviewId);
}
