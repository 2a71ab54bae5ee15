package vn.mttq.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select c from Campaign c order by c.startYear desc, c.id desc")
    List<Campaign> findAllOrdered();

    @Query("select distinct c from Campaign c left join fetch c.contentAreas where c.id = :id")
    Optional<Campaign> findWithContentAreas(Long id);

    boolean existsByCode(String code);
}
