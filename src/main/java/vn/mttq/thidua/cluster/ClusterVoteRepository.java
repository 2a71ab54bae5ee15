package vn.mttq.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterVoteRepository extends JpaRepository<ClusterVote, Long> {

    List<ClusterVote> findByReviewId(Long reviewId);
}
