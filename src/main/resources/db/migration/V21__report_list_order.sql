-- The report list shows the latest handed in first (drafts last): read in that order from an index, a page of 20 no
-- longer joins and sorts every report its filters let through - all of them, or those of one state (the review queue).
create index report_list_ix on report (submitted_at desc nulls last, id desc);
create index report_status_list_ix on report (status, submitted_at desc nulls last, id desc);
