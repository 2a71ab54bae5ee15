package vn.mttq.thidua.period;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodReopeningRepository extends JpaRepository<PeriodReopening, Long> {

    Optional<PeriodReopening> findByPeriodIdAndUnitId(Long periodId, Long unitId);

    @Query("""
            select r from PeriodReopening r join fetch r.unit u join fetch u.agency
            where r.period.id = :periodId order by r.createdAt desc
            """)
    List<PeriodReopening> findByPeriod(Long periodId);

    @Query("""
            select r from PeriodReopening r join fetch r.period p
            where r.unit.id in :unitIds and r.openUntil >= :today and p.kind <> vn.mttq.thidua.period.PeriodKind.PLEDGE
            """)
    List<PeriodReopening> findOpenForReports(java.util.Collection<Long> unitIds, java.time.LocalDate today);
}
