-- A period's reports in the list's order (the latest handed in first, drafts last), read from an index: walking the
-- whole list index for them passed first every report handed in after the period (an early period of the country:
-- half a million entries, 1.1 s a page), since the planner takes the period and the time of handing in as unrelated.
-- It serves what the index on the period alone did, which it replaces.
create index report_period_list_ix on report (period_id, submitted_at desc nulls last, id desc);
drop index report_period_ix;
