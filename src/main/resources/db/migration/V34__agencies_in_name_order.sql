-- The agencies in name order, for the walks that list units by agency name and stop at a page: the dashboard's units
-- taking part (InsightQueries.unitsTakingPart) go down them for each content area, a unit at a time, until the page is
-- full. Joining and sorting every unit taking part for each page took 0.1 s at the country (80,000 in a campaign,
-- src/bench/RESULTS.md). Agencies' names are unique whatever their case (agency_name_uk, on lower(name)); this one
-- gives the order of the name as written, the order the lists show.
create index agency_name_order_ix on agency (name, id);
