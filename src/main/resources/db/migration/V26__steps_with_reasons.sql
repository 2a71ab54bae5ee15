-- Steps that cannot be undone (issue 28). A campaign closed while pledges or reports still awaited review (an
-- admin's close, with a reason) marks them NOT_REVIEWED rather than freezing them silently; reopening the campaign
-- puts them back to SUBMITTED. The reason of an admin's step (a step back, a step over what the rules hold back) is
-- kept on the campaign.
alter table pledge drop constraint pledge_status_ck;
alter table pledge add constraint pledge_status_ck
    check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'NOT_REVIEWED'));
alter table report drop constraint report_status_ck;
alter table report add constraint report_status_ck
    check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'NOT_REVIEWED'));

alter table campaign add column status_reason varchar(1000);
