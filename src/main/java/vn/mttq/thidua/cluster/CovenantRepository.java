package vn.mttq.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CovenantRepository extends JpaRepository<Covenant, Long> {

    @Query("select v from Covenant v left join fetch v.signatures s left join fetch s.agency where v.cluster.id = :clusterId")
    Optional<Covenant> ofCluster(Long clusterId);

    @Query("select distinct v from Covenant v left join fetch v.signatures s left join fetch s.agency where v.cluster.id in :clusterIds")
    List<Covenant> ofClusters(List<Long> clusterIds);
}
