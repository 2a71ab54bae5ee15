-- What the staff's home page counts, read from indexes alone, and a period's reports in one state in the list's order.
-- At the country (src/bench/RESULTS.md, fifth round) the home page took 0.4 s: the campaign's submitted reports were
-- counted by reading every submitted report of every campaign from the table (16,000, 65–274 ms), the nominations
-- of a state in the campaign's years every nomination of that state (26–153 ms), the active units taking part every
-- participation joined to its unit (41–58 ms).
--
-- A period and a state: the count is a few index-only probes (one a period of the campaign, 0.1 ms), and the report
-- list of one period and one state reads its page in order from it rather than walking the state's index past every
-- report of later periods (an early period's accepted reports: about 1 s at the country).
create index report_period_status_list_ix on report (period_id, status, submitted_at desc nulls last, id desc);
-- nominations by state and year, with the id that Hibernate's count(n) reads: 26 → 2.4 ms; the state alone is its prefix
create index nomination_status_year_ix on nomination (status, year) include (id);
drop index nomination_status_ix;
-- the withdrawn units (ParticipationRepository.countActiveOfCampaign)
create index unit_withdrawn_ix on unit (id) where status <> 'ACTIVE';
