package vn.mttq.thidua.agency;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterRepository extends JpaRepository<EmulationCluster, Long> {

    List<EmulationCluster> findAllByOrderByName();
}
