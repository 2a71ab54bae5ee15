-- Campaigns are set up in the application and go through their life (issue 7):
-- DRAFT → LAUNCHED → FINAL_REVIEW → CLOSED. UNDER_REVIEW was never used; it is called FINAL_REVIEW now.
alter table campaign drop constraint campaign_status_ck;
update campaign set status = 'FINAL_REVIEW' where status = 'UNDER_REVIEW';
alter table campaign add constraint campaign_status_ck check (status in ('DRAFT', 'LAUNCHED', 'FINAL_REVIEW', 'CLOSED'));
alter table campaign
    add column launched_at timestamptz,
    add column closed_at   timestamptz;
update campaign set launched_at = created_at where status <> 'DRAFT';

-- A campaign's periods include each year's pledge window (PLEDGE), enforced as the report windows are.
alter table reporting_period drop constraint reporting_period_kind_ck;
alter table reporting_period add constraint reporting_period_kind_ck
    check (kind in ('ANNUAL', 'MID_TERM_REVIEW', 'FINAL_REVIEW', 'PLEDGE'));
