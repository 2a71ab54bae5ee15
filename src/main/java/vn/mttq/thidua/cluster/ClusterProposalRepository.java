package vn.mttq.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterProposalRepository extends JpaRepository<ClusterProposal, Long> {

    List<ClusterProposal> findByReviewId(Long reviewId);
}
