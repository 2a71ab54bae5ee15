package vn.mttq.thidua.honorroll;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.Names;

/**
 * The honor roll as the public reads it, one statement each: the collectives and individuals commended by published
 * decisions (a page of them with their number), the years they were commended for and the latest exemplary
 * initiatives. Rows carry only what the page shows, as the records were signed.
 */
@Repository
@Transactional(readOnly = true)
class HonorRollQueries {

    private static final String AWARDEES = """
            from nomination n
            join decision d on d.id = n.decision_id and d.status = 'PUBLISHED'
            """;
    /**
     * One agency's awardees: their units joined when an agency is chosen, a condition PostgreSQL estimates (as a
     * subquery behind "is null or" it could not, and read every commendation: 0.22 s at the country), and only then
     * (joined on every view, the count read a unit for each commendation it counted).
     */
    private static final String OF_AGENCY = """
            join unit w on w.id = n.unit_id and w.agency_id = :agency
            """;
    private static final String FILTER = """
            where n.status = 'COMMENDED'
              and (cast(:year as integer) is null or n.year = :year)
              and (cast(:fromYear as integer) is null or n.year between :fromYear and :toYear)
              and (cast(:area as bigint) is null or exists (select 1 from participation p where p.unit_id = n.unit_id and p.content_area_id = :area))
              and (:pattern = '%%' or n.search_key like :pattern escape '\\')
            """;

    private final EntityManager em;

    HonorRollQueries(EntityManager em) {
        this.em = em;
    }

    /** One commended collective or individual: who, under which unit and agency, what, for which year, by which decision. */
    public record Awardee(String nomineeName, boolean individual, String unitName, String agencyName, String formName,
                          String formNameEn, int year, String registryNumber, long decisionId, String decisionCode,
                          LocalDate signedOn) {

        public String formNameIn(Locale locale) {
            return Names.in(locale, formName, formNameEn);
        }
    }

    public record ExemplaryInitiative(String title, String benefit, String unitName, String agencyName, String periodName,
                                      String periodNameEn) {

        public String periodNameIn(Locale locale) {
            return Names.in(locale, periodName, periodNameEn);
        }
    }

    /**
     * A page of the awardees with these filters ({@code fromYear}–{@code toYear}: the shown campaign's years, or none)
     * and how many there are (up to Paging.COUNT_LIMIT and one more), in one statement: the page read in index order up to its end, the number counted
     * apart (on the nominations and their decisions alone); a page past the end still brings the number.
     */
    Page<Awardee> awardees(Integer year, Integer fromYear, Integer toYear, Long area, Long agency, String q, Pageable pageable) {
        String ofAgency = agency == null ? "" : OF_AGENCY;
        Query query = filtered(em.createNativeQuery("""
                with shown as (
                    select n.individual_name, n.nominee_type, n.unit_name, n.agency_name, n.unit_id, n.form_id, n.year,
                           n.registry_number, d.id as decision, d.code, d.signed_on
                    """ + AWARDEES + ofAgency + FILTER + """
                    order by n.year desc, n.registry_number
                    limit :limit offset :offset),
                total as (select count(*) as total from (select 1
                """ + AWARDEES + ofAgency + FILTER + Paging.COUNTED + """
                ) counted)
                select coalesce(s.individual_name, s.unit_name, u.name), s.nominee_type = 'INDIVIDUAL', coalesce(s.unit_name, u.name),
                       coalesce(s.agency_name, a.name), f.name, f.name_en, s.year, s.registry_number, s.decision, s.code, s.signed_on,
                       t.total
                from total t
                left join shown s on true
                left join unit u on u.id = s.unit_id left join agency a on a.id = u.agency_id
                left join commendation_form f on f.id = s.form_id
                order by s.year desc, s.registry_number
                """, Tuple.class), year, fromYear, toYear, area, agency, q);
        query.setParameter("limit", pageable.getPageSize());
        query.setParameter("offset", pageable.getOffset());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        List<Awardee> awardees = rows.stream().filter(t -> t.get(6) != null).map(t -> new Awardee(t.get(0, String.class),
                t.get(1, Boolean.class), t.get(2, String.class), t.get(3, String.class), t.get(4, String.class),
                t.get(5, String.class), t.get(6, Number.class).intValue(), t.get(7, String.class),
                t.get(8, Number.class).longValue(), t.get(9, String.class), t.get(10, LocalDate.class))).toList();
        return new PageImpl<>(awardees, pageable, rows.get(0).get(11, Number.class).longValue());
    }

    private static Query filtered(Query query, Integer year, Integer fromYear, Integer toYear, Long area, Long agency, String q) {
        query.setParameter("year", year).setParameter("fromYear", fromYear).setParameter("toYear", toYear)
                .setParameter("area", area).setParameter("pattern", SearchText.containsPattern(q));
        return agency == null ? query : query.setParameter("agency", agency);
    }

    /**
     * The years someone was commended for by a published decision, newest first: the distinct years found by a walk
     * down the commended nominations' index (a probe a year, not a pass over every commendation).
     */
    List<Integer> years() {
        @SuppressWarnings("unchecked")
        List<Number> years = em.createNativeQuery("""
                with recursive years(year) as (
                    select max(year) from nomination where status = 'COMMENDED'
                    union all
                    select (select max(n.year) from nomination n where n.status = 'COMMENDED' and n.year < y.year)
                    from years y where y.year is not null)
                select y.year from years y
                cross join lateral (select 1 from nomination n join decision d on d.id = n.decision_id and d.status = 'PUBLISHED'
                                    where n.status = 'COMMENDED' and n.year = y.year limit 1) published
                where y.year is not null
                order by y.year desc
                """).getResultList();
        return years.stream().map(Number::intValue).toList();
    }

    /** The latest exemplary initiatives of accepted reports of a campaign (or of any). */
    List<ExemplaryInitiative> latestInitiatives(Long campaign, int limit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select i.title, i.benefit, coalesce(r.unit_name, u.name), coalesce(r.agency_name, a.name), p.name, p.name_en
                from initiative i join report r on r.id = i.report_id join reporting_period p on p.id = r.period_id
                join unit u on u.id = r.unit_id join agency a on a.id = u.agency_id
                where i.exemplary and r.status = 'ACCEPTED' and (cast(:campaign as bigint) is null or p.campaign_id = :campaign)
                order by i.exemplary_at desc, i.id desc limit :limit
                """, Tuple.class).setParameter("campaign", campaign).setParameter("limit", limit).getResultList();
        return rows.stream().map(t -> new ExemplaryInitiative(t.get(0, String.class), t.get(1, String.class),
                t.get(2, String.class), t.get(3, String.class), t.get(4, String.class), t.get(5, String.class))).toList();
    }
}
