package vn.mttq.thidua.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentAreaRepository extends JpaRepository<ContentArea, Long> {

    @Query("select a from ContentArea a join fetch a.campaign c order by c.startYear desc, c.id, a.number")
    List<ContentArea> findAllOrdered();

    List<ContentArea> findByCampaignIdOrderByNumber(Long campaignId);

    @Query("select a from ContentArea a join fetch a.campaign where a.id = :id")
    java.util.Optional<ContentArea> findWithCampaign(Long id);
}
