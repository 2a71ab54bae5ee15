package vn.mttq.thidua.period;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    @Query("select p from ReportingPeriod p join fetch p.campaign order by p.closesOn, p.id")
    List<ReportingPeriod> findAllOrdered();

    @Query("select p from ReportingPeriod p join fetch p.campaign c where c.id = :campaignId order by p.closesOn, p.id")
    List<ReportingPeriod> ofCampaign(Long campaignId);

    @Query("""
            select p from ReportingPeriod p join fetch p.campaign
            where p.kind = vn.mttq.thidua.period.PeriodKind.PLEDGE and p.year = :year
            """)
    java.util.Optional<ReportingPeriod> pledgeWindow(int year);

    boolean existsByCampaignIdAndKindAndYear(Long campaignId, PeriodKind kind, int year);
}
