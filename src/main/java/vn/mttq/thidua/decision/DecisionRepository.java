package vn.mttq.thidua.decision;

import vn.mttq.thidua.shared.Paging;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    @Query(value = """
            select d from Decision d
            where (:year is null or d.year = :year) and (:status is null or d.status = :status)
              and d.searchKey like :pattern escape '\\'
            order by d.signedOn desc, d.number desc nulls first, d.id desc
            """,
            countQuery = """
            select count(*) from (select d.id as id from Decision d
            where (:year is null or d.year = :year) and (:status is null or d.status = :status)
              and d.searchKey like :pattern escape '\\'
            """ + Paging.COUNTED + ") counted")
    Page<Decision> search(Integer year, DecisionStatus status, String pattern, Pageable pageable);

    @Query("select d from Decision d where d.status = vn.mttq.thidua.decision.DecisionStatus.PUBLISHED order by d.signedOn desc, d.number desc")
    List<Decision> published();
}
