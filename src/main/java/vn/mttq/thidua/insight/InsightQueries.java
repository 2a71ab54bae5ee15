package vn.mttq.thidua.insight;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.shared.Paging;

/**
 * The grouped SQL behind the dashboard, the consolidated report and the statistics. Each method is one statement,
 * whatever the number of units. {@code agency} null means every agency (staff); a representative's queries pass
 * their agency. A unit counts as taking part in a campaign when it is registered in it (participation), unless it
 * withdrew before the period's due date.
 */
@Repository
@Transactional(readOnly = true)
class InsightQueries {

    /** The units taking part in the campaign — optionally those whose report for a period is missing. */
    private static final String TAKING_PART = """
            from participation p
            join unit u on u.id = p.unit_id
            join agency a on a.id = u.agency_id
            join content_area ca on ca.id = p.content_area_id
            where p.campaign_id = :campaign and (cast(:agency as bigint) is null or a.id = :agency)
            """;

    /** The filters of the units taking part: an agency, a kind of agency, only those whose report for a period is missing. */
    private static final String TAKING_PART_FILTERS = """
              and (cast(:agency as bigint) is null or a.id = :agency)
              and (cast(:kind as varchar) is null or a.kind = :kind)
              and (:missingOnly = false or (not exists (select 1 from report h where h.unit_id = u.id
                       and h.period_id = :period and h.status <> 'DRAFT')
                   and (u.withdrawn_at is null or cast(u.withdrawn_at as date) >= (select due_on from reporting_period where id = :period))))
            """;

    /** The statement of {@link #unitsTakingPart}, with its parameters by {@link #unitsTakingPartParameters}. */
    static final String UNITS_TAKING_PART = """
            with shown as (
                select u.id as unit_id, u.name as unit_name, a.id as agency_id, a.name as agency_name, a.kind,
                       ca.number, ca.name as area_name, ca.name_en, u.status, r.id as report_id, r.status as report_status
                from content_area ca
                cross join lateral (
                    select u.id, u.name, u.status, a.id as agency_id
                    from agency a
                    join unit u on u.agency_id = a.id
                    join participation p on p.unit_id = u.id and p.campaign_id = ca.campaign_id and p.content_area_id = ca.id
                    where true
            """ + TAKING_PART_FILTERS + """
                    order by a.name, a.id, u.name, u.id
                    limit :walked) w
                join unit u on u.id = w.id
                join agency a on a.id = w.agency_id
                left join report r on r.unit_id = u.id and r.period_id = :period
                where ca.campaign_id = :campaign and (cast(:area as bigint) is null or ca.id = :area)
                order by ca.number, a.name, a.id, u.name, u.id
                limit :size offset :offset),
            total as (select count(*) as total from (select 1
                from participation counted
                join unit u on u.id = counted.unit_id
                join agency a on a.id = u.agency_id
                where counted.campaign_id = :campaign and (cast(:area as bigint) is null or counted.content_area_id = :area)
            """ + TAKING_PART_FILTERS + Paging.COUNTED + """
            ) counted)
            select s.unit_id, s.unit_name, s.agency_id, s.agency_name, s.kind, s.number, s.area_name, s.name_en, s.status,
                   s.report_id, s.report_status, t.total
            from total t left join shown s on true
            order by s.number, s.agency_name, s.agency_id, s.unit_name, s.unit_id
            """;

    private final EntityManager em;

    InsightQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The lines of a reporting period, by content area (and by agency when {@code byAgency}, named as the period's
     * records name it), in the order of the areas (and the agencies' names).
     */
    List<PeriodLine> periodLines(long campaignId, long periodId, Long agency, boolean byAgency) {
        // by agency, each line names the agency as the period's records do: the name a report or pledge was handed in
        // under (names of record), today's name only where the unit handed in nothing
        String agencyOfRecord = "coalesce(r.agency_name, pl.agency_name, a.name)";
        String agencyColumns = byAgency ? "min(a.id), " + agencyOfRecord : "cast(null as bigint), cast(null as varchar)";
        String sql = """
                select ca.id, ca.number, ca.name, ca.name_en, %s,
                  count(*),
                  count(pl.id) filter (where pl.status <> 'DRAFT'),
                  count(r.id) filter (where r.status <> 'DRAFT' and not r.late),
                  count(r.id) filter (where r.status <> 'DRAFT' and r.late),
                  count(*) filter (where r.id is null or r.status = 'DRAFT'),
                  coalesce(sum(ach.ratio), 0), count(ach.ratio),
                  coalesce(sum(ini.n), 0), coalesce(sum(ini.ex), 0),
                  coalesce(sum(r.total_score) filter (where r.status <> 'DRAFT'), 0),
                  count(r.total_score) filter (where r.status <> 'DRAFT')
                from participation p
                join unit u on u.id = p.unit_id
                join agency a on a.id = u.agency_id
                join content_area ca on ca.id = p.content_area_id
                join reporting_period rp on rp.id = :period
                left join report r on r.unit_id = p.unit_id and r.period_id = rp.id
                left join pledge pl on pl.unit_id = p.unit_id and pl.year = rp.year
                left join lateral (
                  select avg(ra.achieved_value / pt.target_value) as ratio
                  from report_achievement ra join pledge_target pt on pt.id = ra.pledge_target_id
                  where ra.report_id = r.id and r.status <> 'DRAFT' and pt.target_value > 0 and ra.achieved_value is not null
                ) ach on true
                left join lateral (
                  select count(*) as n, count(*) filter (where i.exemplary) as ex
                  from initiative i where i.report_id = r.id and r.status <> 'DRAFT'
                ) ini on true
                where p.campaign_id = :campaign and (cast(:agency as bigint) is null or a.id = :agency)
                  and (u.withdrawn_at is null or cast(u.withdrawn_at as date) >= rp.due_on)
                group by ca.id, ca.number, ca.name, ca.name_en%s
                order by ca.number%s
                """.formatted(agencyColumns, byAgency ? ", " + agencyOfRecord : "", byAgency ? ", " + agencyOfRecord : "");
        List<Tuple> rows = tuples(sql, Map.of("campaign", campaignId, "period", periodId), agency);
        return rows.stream().map(t -> new PeriodLine(t.get(0, Long.class), ((Number) t.get(1)).intValue(), t.get(2, String.class),
                t.get(3, String.class), t.get(4, Long.class), t.get(5, String.class), count(t, 6), count(t, 7), count(t, 8),
                count(t, 9), count(t, 10), decimal(t, 11), count(t, 12), count(t, 13), count(t, 14), decimal(t, 15),
                count(t, 16))).toList();
    }

    /** Units taking part in the campaign by content area and by the kind of their agency. */
    List<AreaKindCount> participation(long campaignId, Long agency) {
        String sql = "select ca.id, ca.number, ca.name, ca.name_en, a.kind, count(*) " + TAKING_PART
                + " group by ca.id, ca.number, ca.name, ca.name_en, a.kind order by ca.number, a.kind";
        return tuples(sql, Map.of("campaign", campaignId), agency).stream()
                .map(t -> new AreaKindCount(t.get(0, Long.class), ((Number) t.get(1)).intValue(), t.get(2, String.class),
                        t.get(3, String.class), t.get(4, String.class), count(t, 5))).toList();
    }

    /** The pledges of a year made by units taking part in the campaign, by state (drafts included). */
    Map<String, Long> pledgesByStatus(long campaignId, int year, Long agency) {
        String sql = "select pl.status, count(*) " + TAKING_PART.replace("where p.campaign_id",
                "join pledge pl on pl.unit_id = p.unit_id and pl.year = :year where p.campaign_id") + " group by pl.status";
        Map<String, Long> counts = new LinkedHashMap<>();
        tuples(sql, Map.of("campaign", campaignId, "year", year), agency)
                .forEach(t -> counts.put(t.get(0, String.class), count(t, 1)));
        return counts;
    }

    /** Commendations granted (nominations commended by a published decision) in the years, by form and year. */
    List<FormYearCount> commendations(int fromYear, int toYear, Long agency) {
        String sql = """
                select f.id, f.sort_order, f.name, f.name_en, n.year, count(*)
                from nomination n
                join unit u on u.id = n.unit_id
                join commendation_form f on f.id = n.form_id
                where n.status = 'COMMENDED' and n.year between :from and :to
                  and (cast(:agency as bigint) is null or u.agency_id = :agency)
                group by f.id, f.sort_order, f.name, f.name_en, n.year
                order by f.sort_order, f.id, n.year
                """;
        return tuples(sql, Map.of("from", fromYear, "to", toYear), agency).stream()
                .map(t -> new FormYearCount(t.get(0, Long.class), t.get(2, String.class), t.get(3, String.class),
                        ((Number) t.get(4)).intValue(), count(t, 5))).toList();
    }

    /**
     * The units taking part in the campaign, optionally of one content area and one kind of agency, and — when a
     * period is given with {@code missingOnly} — only those whose report for it is missing (none, or a draft); by
     * content area, agency and unit name.
     * <p>
     * One statement: the page, and how many there are up to Paging.COUNT_LIMIT and one more (counted apart, in no
     * order). The page is found by a walk, for each content area in turn, down the agencies in name order
     * ({@code agency_name_order_ix}, V34) and their units, stopping once it has the page: a country's campaign has
     * 80,000 units taking part, which joined and sorted for each page took 0.1 s (src/bench/RESULTS.md).
     */
    org.springframework.data.domain.Page<TakingPart> unitsTakingPart(long campaignId, Long areaId, String kind, Long periodId,
                                                                      boolean missingOnly, Long agency,
                                                                      org.springframework.data.domain.Pageable pageable) {
        List<Tuple> rows = tuples(UNITS_TAKING_PART, unitsTakingPartParameters(campaignId, areaId, kind, periodId,
                missingOnly, agency, pageable), agency);
        List<TakingPart> units = rows.stream().filter(t -> t.get(0) != null)
                .map(t -> new TakingPart(t.get(0, Long.class), t.get(1, String.class), t.get(2, Long.class),
                        t.get(3, String.class), t.get(4, String.class), ((Number) t.get(5)).intValue(), t.get(6, String.class),
                        t.get(7, String.class), t.get(8, String.class), t.get(9, Long.class), t.get(10, String.class)))
                .toList();
        return new org.springframework.data.domain.PageImpl<>(units, pageable, count(rows.get(0), 11));
    }

    /** The parameters of {@link #UNITS_TAKING_PART}. */
    static Map<String, Object> unitsTakingPartParameters(long campaignId, Long areaId, String kind, Long periodId,
                                                         boolean missingOnly, Long agency,
                                                         org.springframework.data.domain.Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("size", pageable.getPageSize());
        parameters.put("offset", pageable.getOffset());
        parameters.put("walked", pageable.getOffset() + pageable.getPageSize());
        parameters.put("campaign", campaignId);
        parameters.put("area", areaId);
        parameters.put("kind", kind);
        parameters.put("period", periodId == null ? -1L : periodId);
        parameters.put("missingOnly", missingOnly && periodId != null);
        parameters.put("agency", agency);
        return parameters;
    }

    private List<Tuple> tuples(String sql, Map<String, ?> parameters, Long agency) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        query.setParameter("agency", agency);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows;
    }

    private static long count(Tuple t, int i) {
        Object value = t.get(i);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Tuple t, int i) {
        Object value = t.get(i);
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** Units taking part, by content area and kind of agency. */
    record AreaKindCount(Long areaId, int areaNumber, String areaName, String areaNameEn, String kind, long units) {
    }

    /** Commendations of one form in one year. */
    record FormYearCount(Long formId, String formName, String formNameEn, int year, long count) {
    }

    /** A unit taking part, with its report for the period asked about (if any). */
    record TakingPart(Long unitId, String unitName, Long agencyId, String agencyName, String agencyKind, int areaNumber,
                      String areaName, String areaNameEn, String unitStatus, Long reportId, String reportStatus) {
    }
}
