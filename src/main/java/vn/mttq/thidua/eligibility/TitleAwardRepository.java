package vn.mttq.thidua.eligibility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TitleAwardRepository extends JpaRepository<TitleAward, Long> {

    /** A unit's titles and ratings, newest year first. */
    @Query("select a from TitleAward a join fetch a.title t where a.unitId = :unitId order by a.year desc, t.sortOrder")
    List<TitleAward> findOfUnit(Long unitId);

    /** A unit's titles and ratings of the years {@code from}–{@code to}. */
    @Query("select a from TitleAward a join fetch a.title t where a.unitId = :unitId and a.year between :from and :to")
    List<TitleAward> findOfUnitBetween(Long unitId, int from, int to);

    Optional<TitleAward> findByIdAndUnitId(Long id, Long unitId);

    boolean existsByUnitIdAndYearAndTitleId(Long unitId, int year, Long titleId);
}
