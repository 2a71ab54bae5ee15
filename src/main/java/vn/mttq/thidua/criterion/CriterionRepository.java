package vn.mttq.thidua.criterion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    @Query("select c from Criterion c left join fetch c.parent where c.contentArea.id = :areaId order by c.sortOrder, c.code")
    List<Criterion> findByArea(Long areaId);

    boolean existsByContentAreaIdAndCodeIgnoreCase(Long areaId, String code);

    boolean existsByContentAreaIdAndCodeIgnoreCaseAndIdNot(Long areaId, String code, Long id);

    @Query("select count(c) > 0 from Criterion c where c.parent.id = :parentId")
    boolean hasChildren(Long parentId);
}
