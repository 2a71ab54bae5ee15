-- What the appraisal concluded of a nomination's eligibility (met, not met, unknown; none when its form has no
-- conditions), kept with it so that the council sees it beside each nominee without checking the history again.
alter table nomination add column eligibility_at_appraisal varchar(20)
    check (eligibility_at_appraisal in ('MET', 'NOT_MET', 'UNKNOWN'));
