-- What was signed or published keeps the names of that moment (issue 9, point 7).
-- A report keeps the content area it was reported in and, once submitted, the unit's and agency's names;
-- a commended nominee keeps the names its decision was signed with.
alter table report
    add column content_area_id bigint references content_area (id),
    add column unit_name       varchar(300),
    add column agency_name     varchar(300);

update report r set content_area_id = u.content_area_id from unit u where u.id = r.unit_id;
update report r set unit_name = u.name, agency_name = a.name
from unit u join agency a on a.id = u.agency_id
where u.id = r.unit_id and r.status in ('SUBMITTED', 'ACCEPTED');

alter table report alter column content_area_id set not null;
create index report_content_area_ix on report (content_area_id);

alter table nomination
    add column unit_name   varchar(300),
    add column agency_name varchar(300);

update nomination n set unit_name = u.name, agency_name = a.name
from unit u join agency a on a.id = u.agency_id
where u.id = n.unit_id and n.decision_id is not null;

-- An initiative is exemplary only on an approved report.
update initiative i set exemplary = false, exemplary_at = null, exemplary_by = null
from report r where r.id = i.report_id and i.exemplary and r.status <> 'ACCEPTED';
