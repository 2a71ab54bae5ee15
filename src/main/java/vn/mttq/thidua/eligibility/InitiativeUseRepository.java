package vn.mttq.thidua.eligibility;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeUseRepository extends JpaRepository<InitiativeUse, Long> {
}
