-- The ranking of a period and content area, read from an index in its order (best score first, then the unit's name
-- as handed in): the page of 50 and its ranks (a window over the scores read in that order) stop after the rows
-- before the page's end, and the count reads the index alone. Loaded as entities and ranked in Java, the province's
-- ranking (some 680 reports a period and area) answered 25 requests a second at 8 connections (src/bench/RESULTS.md).
create index report_ranking_ix on report (period_id, content_area_id, total_score desc, unit_name, id)
    where status = 'ACCEPTED';
