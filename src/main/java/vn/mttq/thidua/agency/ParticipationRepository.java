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

    /**
     * The units taking part in the campaign that are active: all its participations (the campaign's index alone) less
     * those of withdrawn units (a few thousand at the country, from their own index, V33). As a join of every
     * participation to its unit it read both tables, 41 ms at the country on each view of the home page.
     */
    @Query(value = """
            select (select count(*) from participation where campaign_id = :campaignId)
                 - (select count(*) from participation p join unit u on u.id = p.unit_id
                    where p.campaign_id = :campaignId and u.status <> 'ACTIVE')
            """, nativeQuery = true)
    long countActiveOfCampaign(Long campaignId);
}
