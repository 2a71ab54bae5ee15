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

    @Query(value = "select exists (select 1 from report_score where criterion_id = :id)", nativeQuery = true)
    boolean isScored(Long id);

    /** Whether units have handed in reports in this content area: its criteria's numbering is then in use. */
    @Query(value = "select exists (select 1 from report where content_area_id = :areaId and status <> 'DRAFT')",
            nativeQuery = true)
    boolean areaInUse(Long areaId);
}
