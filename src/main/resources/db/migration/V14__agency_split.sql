-- An agency split into several (issue 7): it ends as SPLIT, and one agency_change row per successor names where
-- a part of it went; its units move each to the successor staff chose.
alter table agency drop constraint agency_status_ck;
alter table agency add constraint agency_status_ck check (status in ('ACTIVE', 'MERGED', 'DISSOLVED', 'SPLIT'));
alter table agency_change drop constraint agency_change_kind_ck;
alter table agency_change add constraint agency_change_kind_ck check (kind in ('RENAMED', 'MERGED', 'DISSOLVED', 'SPLIT'));
