package vn.mttq.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterMinutesRepository extends JpaRepository<ClusterMinutes, Long> {

    Optional<ClusterMinutes> findByReviewId(Long reviewId);
}
