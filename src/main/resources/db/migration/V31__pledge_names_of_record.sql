-- A pledge keeps, from its submission, its unit's and agency's names (issue 26, point 3), as a report has since V7:
-- its page, the list and the exports of a past year show the names of that time, whatever became of the unit or
-- its agency since. Pledges handed in before this migration take the names their units have now, the best there is.
alter table pledge
    add column unit_name   varchar(300),
    add column agency_name varchar(300);

update pledge p set unit_name = u.name, agency_name = a.name
from unit u join agency a on a.id = u.agency_id
where u.id = p.unit_id and p.status <> 'DRAFT';
