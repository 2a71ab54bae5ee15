package vn.mttq.thidua.report;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.shared.Paging;

/**
 * The accepted reports of a period and content area in the ranking's order — best score first, then the unit's name
 * as handed in — a page of them with their ranks and how many there are, in one statement over the ranking's index
 * (V32): the ranks are a window over the scores read in the index's order, so a page reads the rows before its end
 * and no more, and the count (up to Paging.COUNT_LIMIT and one more) reads the index alone.
 */
@Repository
@Transactional(readOnly = true)
class ReportRanking {

    private static final String ACCEPTED = """
            from report r where r.period_id = :period and r.content_area_id = :area and r.status = 'ACCEPTED'
            """;

    /** Only the reports of the units of some agencies (an emulation cluster's members): a ranking within them. */
    private static final String OF_AGENCIES = """
              and r.unit_id in (select u2.id from unit u2 where u2.agency_id in (:agencies))
            """;

    private final EntityManager em;

    ReportRanking(EntityManager em) {
        this.em = em;
    }

    Page<RankedReport> page(long period, long area, Pageable pageable) {
        return page(period, area, null, pageable);
    }

    /**
     * The same among the units of {@code agencies} (null: every unit) — ranked among themselves; the filter is written
     * into the statement only when asked, so the ranking of a whole area keeps its plan.
     */
    @SuppressWarnings("unchecked")
    Page<RankedReport> page(long period, long area, java.util.Collection<Long> agencies, Pageable pageable) {
        String accepted = agencies == null ? ACCEPTED : ACCEPTED + OF_AGENCIES;
        var query = em.createNativeQuery("""
                with ranked as (
                    select rank() over (order by r.total_score desc) as place, r.id, r.unit_name, r.agency_name,
                           r.unit_id, r.total_score
                    """ + accepted + """
                    order by r.total_score desc, r.unit_name, r.id
                    limit :limit offset :offset),
                total as (select count(*) as total from (select 1
                """ + accepted + Paging.COUNTED + """
                ) counted)
                select s.place, s.id, coalesce(s.unit_name, u.name), coalesce(s.agency_name, a.name), s.total_score,
                       t.total
                from total t
                left join ranked s on true
                left join unit u on u.id = s.unit_id left join agency a on a.id = u.agency_id
                order by s.total_score desc, s.unit_name, s.id
                """, Tuple.class)
                .setParameter("period", period).setParameter("area", area)
                .setParameter("limit", pageable.getPageSize()).setParameter("offset", pageable.getOffset());
        if (agencies != null) {
            query.setParameter("agencies", agencies.isEmpty() ? List.of(-1L) : agencies);
        }
        List<Tuple> rows = query.getResultList();
        List<RankedReport> ranked = rows.stream().filter(t -> t.get(1) != null)
                .map(t -> new RankedReport(t.get(0, Number.class).intValue(), t.get(1, Number.class).longValue(),
                        t.get(2, String.class), t.get(3, String.class), t.get(4, BigDecimal.class)))
                .toList();
        return new PageImpl<>(ranked, pageable, rows.get(0).get(5, Number.class).longValue());
    }
}
