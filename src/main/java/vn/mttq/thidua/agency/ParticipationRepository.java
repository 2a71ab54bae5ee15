package vn.mttq.thidua.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

    @Query("""
            select p from Participation p join fetch p.contentArea a join fetch p.campaign
            where p.unit.id = :unitId and p.campaign.id = :campaignId
            """)
    Optional<Participation> find(Long unitId, Long campaignId);

    /** Every participation of these units, newest campaign first. */
    @Query("""
            select p from Participation p join fetch p.contentArea a join fetch p.campaign c
            where p.unit.id in :unitIds order by c.startYear desc
            """)
    List<Participation> ofUnits(Collection<Long> unitIds);

    long countByCampaignIdAndUnitStatus(Long campaignId, UnitStatus status);
}
