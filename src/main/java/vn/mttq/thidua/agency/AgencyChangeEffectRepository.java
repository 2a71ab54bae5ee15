package vn.mttq.thidua.agency;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyChangeEffectRepository extends JpaRepository<AgencyChangeEffect, Long> {

    List<AgencyChangeEffect> findByChangeIdOrderById(Long changeId);
}
