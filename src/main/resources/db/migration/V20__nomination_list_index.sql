-- The nomination list shows the newest year first, then the latest changed: read in that order from an index, a page
-- of 20 no longer sorts every nomination of the province.
create index nomination_list_ix on nomination (year desc, updated_at desc, id desc);
