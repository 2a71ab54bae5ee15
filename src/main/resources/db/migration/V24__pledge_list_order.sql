-- The pledge list shows a year's latest handed in first (drafts last), as the report list does, read in that order from
-- an index: ordered by agency and unit names it joined and sorted every pledge its filters let through for each page
-- (half a second over the country's 500,000 pledges) - all of them, or those of one state (the review queue).
create index pledge_list_ix on pledge (year desc, submitted_at desc nulls last, id desc);
create index pledge_status_list_ix on pledge (status, year desc, submitted_at desc nulls last, id desc);
