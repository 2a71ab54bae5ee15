-- An agency is found by the names it had (issue 26): a renamed agency by its old names, a successor by the names of
-- the agencies merged into it, split into it or dissolved into it. They are kept on the agency (one per line) and
-- folded into its search key by the application; rows recorded before this migration get theirs here, folded by
-- the Java migration that follows (V29).
alter table agency add column former_names text;

update agency a set former_names = f.names
from (
    select agency_id, string_agg(name, E'\n' order by recorded_at, id) as names from (
        select c.agency_id, c.old_name as name, c.recorded_at, c.id from agency_change c
        where c.kind = 'RENAMED' and c.old_name is not null
        union all
        select c.successor_id, p.name, c.recorded_at, c.id from agency_change c join agency p on p.id = c.agency_id
        where c.kind in ('MERGED', 'DISSOLVED', 'SPLIT') and c.successor_id is not null
    ) named group by agency_id
) f
where f.agency_id = a.id;
