package vn.mttq.thidua.period;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    @Query("select p from ReportingPeriod p join fetch p.campaign order by p.closesOn, p.id")
    List<ReportingPeriod> findAllOrdered();
}
