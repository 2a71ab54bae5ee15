-- The public honor roll reads the commended nominees newest year first (a page of 25 among thousands) and the latest
-- exemplary initiatives: indexes in that order, so a page is read without sorting every commendation.
create index nomination_commended_ix on nomination (year desc, registry_number) include (decision_id, unit_id)
    where status = 'COMMENDED';
create index initiative_exemplary_at_ix on initiative (exemplary_at desc, id desc) where exemplary;
