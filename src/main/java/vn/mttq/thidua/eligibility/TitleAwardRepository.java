package vn.mttq.thidua.eligibility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TitleAwardRepository extends JpaRepository<TitleAward, Long> {

    /** A unit's or a person's titles and ratings (one of the two ids is null), newest year first. */
    @Query("""
            select a from TitleAward a join fetch a.title t
            where (a.unitId = :unitId or a.personId = :personId) order by a.year desc, t.sortOrder
            """)
    List<TitleAward> findOf(Long unitId, Long personId);

    /** A unit's or a person's titles and ratings of the years {@code from}–{@code to}. */
    @Query("""
            select a from TitleAward a join fetch a.title t
            where (a.unitId = :unitId or a.personId = :personId) and a.year between :from and :to
            """)
    List<TitleAward> findOfBetween(Long unitId, Long personId, int from, int to);

    @Query("select a from TitleAward a where a.id = :id and (a.unitId = :unitId or a.personId = :personId)")
    Optional<TitleAward> findOfHolder(Long id, Long unitId, Long personId);

    @Query("""
            select count(a) > 0 from TitleAward a
            where (a.unitId = :unitId or a.personId = :personId) and a.year = :year and a.title.id = :titleId
            """)
    boolean held(Long unitId, Long personId, int year, Long titleId);
}
