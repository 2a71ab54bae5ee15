-- Eligibility from a nominee's history (issue 22, first step: collectives and the titles and ratings of units).
--
-- emulation_title: the titles (danh hiệu thi đua) and ratings (xếp loại) a nominee's history is made of and the
-- conditions of a form of commendation ask for — a catalogue, like the forms.
create table emulation_title (
    id         bigint generated always as identity primary key,
    code       varchar(40)  not null unique,
    name       varchar(200) not null,
    name_en    varchar(200),
    recipient  varchar(20)  not null check (recipient in ('COLLECTIVE', 'INDIVIDUAL', 'BOTH')),
    kind       varchar(20)  not null check (kind in ('TITLE', 'RATING')),
    sort_order int          not null default 0
);

insert into emulation_title (code, name, name_en, recipient, kind, sort_order) values
    ('HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ', 'Completed duties with excellence', 'BOTH', 'RATING', 10),
    ('HTTNV', 'Hoàn thành tốt nhiệm vụ', 'Completed duties well', 'BOTH', 'RATING', 20),
    ('TTLDXS', 'Tập thể lao động xuất sắc', 'Excellent Labour Collective', 'COLLECTIVE', 'TITLE', 30),
    ('TTLDTT', 'Tập thể lao động tiên tiến', 'Advanced Labour Collective', 'COLLECTIVE', 'TITLE', 40),
    ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter', 'INDIVIDUAL', 'TITLE', 50),
    ('LDTT', 'Lao động tiên tiến', 'Advanced Worker', 'INDIVIDUAL', 'TITLE', 60);

-- title_award: a title or rating a unit received for a year — entered by staff from another body's decision (its
-- deciding body, number and date); one title a year for a unit.
create table title_award (
    id              bigint generated always as identity primary key,
    unit_id         bigint       not null references unit (id),
    title_id        bigint       not null references emulation_title (id),
    year            int          not null check (year between 2000 and 2100),
    deciding_body   varchar(300) not null,
    document_number varchar(60)  not null,
    decided_on      date         not null,
    entered_by      varchar(60)  not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint title_award_uk unique (unit_id, year, title_id)
);
create index title_award_unit_year_ix on title_award (unit_id, year);

-- commendation_condition: a condition of a form of commendation, for collectives or for individuals — data the
-- admin keeps, never a rule in code. The conditions of one alternative must all be met; the form's conditions are
-- met when those of one alternative are ("đạt một trong các tiêu chuẩn sau"). A condition of kind TITLES asks for
-- one of its titles in each of `years` years up to the year the achievement covers (consecutive), or in `years` of
-- the `within` years up to it. `legal_basis` says where it comes from; `set_by_front` that the Front's Standing Board
-- set it for its own forms.
create table commendation_condition (
    id           bigint generated always as identity primary key,
    form_id      bigint       not null references commendation_form (id),
    nominee_type varchar(20)  not null check (nominee_type in ('COLLECTIVE', 'INDIVIDUAL')),
    alternative  int          not null default 1 check (alternative between 1 and 9),
    kind         varchar(20)  not null check (kind in ('TITLES')),
    years        int          not null check (years between 1 and 10),
    consecutive  boolean      not null default true,
    within_years int          check (within_years between 1 and 20),
    legal_basis  varchar(300) not null,
    set_by_front boolean      not null default false,
    sort_order   int          not null default 0,
    version      bigint       not null default 0,
    check (consecutive or within_years >= years)
);
create index commendation_condition_form_ix on commendation_condition (form_id, nominee_type);

create table commendation_condition_title (
    condition_id bigint not null references commendation_condition (id) on delete cascade,
    title_id     bigint not null references emulation_title (id),
    primary key (condition_id, title_id)
);

-- The demo's forms. Bằng khen of the province's chairman: Law 06/2022/QH15 Art. 74 — an individual with two
-- consecutive Chiến sĩ thi đua cơ sở (cl. 1, d); a collective with two consecutive years of Hoàn thành xuất sắc nhiệm
-- vụ or Tập thể lao động xuất sắc (cl. 2). The Front's own Bằng khen and Cờ thi đua follow criteria of its Standing
-- Board (PRODUCT.md), seeded on the same pattern and saying so.
insert into commendation_condition (form_id, nominee_type, alternative, kind, years, consecutive, legal_basis, set_by_front, sort_order)
select f.id, c.nominee_type, c.alternative, 'TITLES', c.years, true, c.legal_basis, c.set_by_front, c.sort_order
from commendation_form f
join (values
    ('BK-CT-UBND-TINH', 'INDIVIDUAL', 1, 2, 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d', false, 1),
    ('BK-CT-UBND-TINH', 'COLLECTIVE', 1, 2, 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 2', false, 1),
    ('BK-MTTQ-TINH', 'INDIVIDUAL', 1, 2, 'Tiêu chuẩn do Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh quy định', true, 1),
    ('BK-MTTQ-TINH', 'COLLECTIVE', 1, 2, 'Tiêu chuẩn do Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh quy định', true, 1),
    ('CO-MTTQ-TINH', 'COLLECTIVE', 1, 3, 'Tiêu chuẩn do Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh quy định', true, 1)
) as c (form, nominee_type, alternative, years, legal_basis, set_by_front, sort_order) on c.form = f.code;

insert into commendation_condition_title (condition_id, title_id)
select c.id, t.id
from commendation_condition c
join commendation_form f on f.id = c.form_id
join emulation_title t on t.code = any (case
    when c.nominee_type = 'INDIVIDUAL' and f.code = 'BK-CT-UBND-TINH' then array['CSTDCS']
    when c.nominee_type = 'INDIVIDUAL' then array['HTXSNV']
    else array['HTXSNV', 'TTLDXS'] end);
