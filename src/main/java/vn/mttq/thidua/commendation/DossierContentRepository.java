package vn.mttq.thidua.commendation;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierContentRepository extends JpaRepository<DossierContent, Long> {
}
