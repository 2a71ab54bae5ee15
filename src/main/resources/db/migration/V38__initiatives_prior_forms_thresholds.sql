-- Eligibility, third step (issue 22): initiatives recognised at a scope and counted once; a form's earlier
-- commendation as a condition; the council's vote threshold of a form; a reason to go on despite a condition not met.
--
-- recognised_initiative: an initiative (sáng kiến) of a person, or of a unit, as a council recognised it — by whom,
-- at which scope, with the document's number and date (Law 06/2022/QH15 Art. 22, 74; Decree 152/2025/NĐ-CP).
create table recognised_initiative (
    id              bigint generated always as identity primary key,
    person_id       bigint       references person (id),
    unit_id         bigint       references unit (id),
    title           varchar(300) not null,
    scope           varchar(20)  not null check (scope in ('BASE', 'PROVINCE', 'NATIONAL')),
    recognised_by   varchar(300) not null,
    document_number varchar(60)  not null,
    recognised_on   date         not null,
    entered_by      varchar(60)  not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check ((person_id is null) <> (unit_id is null))
);
create index recognised_initiative_person_ix on recognised_initiative (person_id, recognised_on);
create index recognised_initiative_unit_ix on recognised_initiative (unit_id, recognised_on);

-- initiative_use: where an initiative was counted — for a nomination here, or for a title or form decided elsewhere
-- (said in words). One initiative counts once: its id is the key.
create table initiative_use (
    initiative_id  bigint       primary key references recognised_initiative (id) on delete cascade,
    nomination_id  bigint       references nomination (id),
    used_elsewhere varchar(300),
    used_by        varchar(60)  not null,
    used_at        timestamptz  not null default now(),
    check ((nomination_id is null) <> (used_elsewhere is null))
);
create index initiative_use_nomination_ix on initiative_use (nomination_id);

-- Conditions of kind INITIATIVES ask for `initiatives` initiatives recognised at `initiative_scope` or higher in the
-- `years` years up to the achievement's; of kind PRIOR_FORM, a commendation by `prior_form_id` decided here in those
-- years.
alter table commendation_condition drop constraint commendation_condition_kind_check;
alter table commendation_condition
    add column initiatives      int check (initiatives between 1 and 10),
    add column initiative_scope varchar(20) check (initiative_scope in ('BASE', 'PROVINCE', 'NATIONAL')),
    add column prior_form_id    bigint references commendation_form (id),
    add constraint commendation_condition_kind_check check (kind in ('TITLES', 'INITIATIVES', 'PRIOR_FORM')),
    add constraint commendation_condition_initiatives_ck
        check (kind <> 'INITIATIVES' or (initiatives is not null and initiative_scope is not null)),
    add constraint commendation_condition_prior_ck check (kind <> 'PRIOR_FORM' or prior_form_id is not null);

-- The council's vote a form needs, as a share of the council's members (Law 06/2022/QH15: Cờ thi đua 80 %, Chiến sĩ
-- thi đua cấp tỉnh 90 %); none: the session's own threshold alone.
alter table commendation_form add column vote_threshold_percent int check (vote_threshold_percent between 1 and 100);
update commendation_form set vote_threshold_percent = 80 where code in ('CO-MTTQ-TINH', 'CO-UBND-TINH');

-- Chiến sĩ thi đua cấp tỉnh (Art. 22): three consecutive years of Chiến sĩ thi đua cơ sở and an initiative
-- recognised at the province's scope in those years; decided by the province's People's Committee, 90 % of the
-- council.
insert into commendation_form (code, name, name_en, recipient, authority, sort_order, vote_threshold_percent)
select 'CSTD-TINH', 'Chiến sĩ thi đua cấp tỉnh', 'Provincial Emulation Fighter', 'INDIVIDUAL', 'PROVINCIAL_PEOPLES_COMMITTEE',
       (select coalesce(max(sort_order), 0) + 1 from commendation_form), 90
where not exists (select 1 from commendation_form where code = 'CSTD-TINH');

insert into commendation_condition (form_id, nominee_type, alternative, kind, years, consecutive, legal_basis, sort_order,
                                    initiatives, initiative_scope)
select f.id, 'INDIVIDUAL', c.alternative, c.kind, c.years, true, c.legal_basis, c.sort_order, c.initiatives, c.scope
from commendation_form f
join (values
    ('CSTD-TINH', 1, 'TITLES', 3, 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 22', 1, null, null),
    ('CSTD-TINH', 1, 'INITIATIVES', 3, 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 22', 2, 1, 'PROVINCE'),
    ('BK-CT-UBND-TINH', 2, 'TITLES', 2, 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d', 1, null, null),
    ('BK-CT-UBND-TINH', 2, 'INITIATIVES', 2, 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d', 2, 2, 'BASE')
) as c (form, alternative, kind, years, legal_basis, sort_order, initiatives, scope) on c.form = f.code;

insert into commendation_condition_title (condition_id, title_id)
select c.id, t.id
from commendation_condition c
join commendation_form f on f.id = c.form_id
join emulation_title t on t.code = case when f.code = 'CSTD-TINH' then 'CSTDCS' else 'HTXSNV' end
where c.kind = 'TITLES' and c.nominee_type = 'INDIVIDUAL'
  and ((f.code = 'CSTD-TINH' and c.alternative = 1) or (f.code = 'BK-CT-UBND-TINH' and c.alternative = 2));

-- A nomination that fails a condition goes on only with a reason, given at appraisal and printed on the sheet.
alter table nomination add column eligibility_override varchar(1000);
