package vn.mttq.thidua.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    @Query("""
            select i from Initiative i join fetch i.report r join fetch r.unit u
            where i.id = :id and r.id = :reportId
            """)
    Optional<Initiative> findInReport(Long id, Long reportId);
}
