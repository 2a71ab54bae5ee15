-- Pledges, periodic reports with evidence and initiatives, criteria and scores, classification settings,
-- reopenings of a closed period for one unit, and the snapshots of each submission (to show what changed).

create table criterion (
    id              bigint generated always as identity primary key,
    content_area_id bigint        not null references content_area (id),
    parent_id       bigint references criterion (id),
    code            varchar(20)   not null,
    name            varchar(500)  not null,
    max_points      numeric(7, 2) not null,
    bonus_points    numeric(7, 2) not null default 0,
    sort_order      integer       not null default 0,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint criterion_points_ck check (max_points >= 0 and bonus_points >= 0),
    constraint criterion_code_uk unique (content_area_id, code)
);
create index criterion_area_ix on criterion (content_area_id);
create index criterion_parent_ix on criterion (parent_id);

-- Classification of a scored report (Xuất sắc, Tốt, Khá, Trung bình): the lowest score of each level.
create table classification_level (
    id         bigint generated always as identity primary key,
    code       varchar(20)   not null unique,
    min_score  numeric(7, 2) not null,
    sort_order integer       not null,
    version    bigint        not null default 0,
    constraint classification_code_ck check (code in ('EXCELLENT', 'GOOD', 'FAIR', 'AVERAGE')),
    constraint classification_min_ck check (min_score >= 0)
);
insert into classification_level (code, min_score, sort_order) values
    ('EXCELLENT', 90, 1), ('GOOD', 75, 2), ('FAIR', 60, 3), ('AVERAGE', 0, 4);

create table pledge (
    id                  bigint generated always as identity primary key,
    unit_id             bigint       not null references unit (id),
    year                integer      not null,
    title_aimed         varchar(40)  not null,
    signatory_name      varchar(200) not null,
    signatory_position  varchar(200),
    status              varchar(20)  not null,
    submitted_at        timestamptz,
    return_reason       varchar(1000),
    reviewed_by         varchar(60),
    reviewed_at         timestamptz,
    search_key          varchar(700) not null,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint pledge_status_ck check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    constraint pledge_title_ck check (title_aimed in ('EXCELLENT_LABOUR_COLLECTIVE', 'ADVANCED_LABOUR_COLLECTIVE',
        'EMULATION_FLAG', 'CERTIFICATE_OF_MERIT', 'CERTIFICATE_OF_COMMENDATION')),
    constraint pledge_returned_ck check (status <> 'RETURNED' or return_reason is not null),
    constraint pledge_unit_year_uk unique (unit_id, year)
);
create index pledge_status_ix on pledge (status);

create table pledge_target (
    id           bigint generated always as identity primary key,
    pledge_id    bigint         not null references pledge (id) on delete cascade,
    position     integer        not null,
    name         varchar(300)   not null,
    measure      varchar(60)    not null,
    target_value numeric(18, 2) not null,
    constraint pledge_target_value_ck check (target_value > 0),
    constraint pledge_target_position_uk unique (pledge_id, position)
);
create index pledge_target_pledge_ix on pledge_target (pledge_id);

create table report (
    id            bigint generated always as identity primary key,
    unit_id       bigint       not null references unit (id),
    period_id     bigint       not null references reporting_period (id),
    status        varchar(20)  not null,
    narrative     text,
    submitted_at  timestamptz,
    late          boolean      not null default false,
    return_reason varchar(1000),
    reviewed_by   varchar(60),
    reviewed_at   timestamptz,
    total_score   numeric(8, 2),
    search_key    varchar(700) not null,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint report_status_ck check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    constraint report_returned_ck check (status <> 'RETURNED' or return_reason is not null),
    constraint report_accepted_ck check (status <> 'ACCEPTED' or total_score is not null),
    constraint report_unit_period_uk unique (unit_id, period_id)
);
create index report_period_ix on report (period_id);
create index report_status_ix on report (status);

create table report_achievement (
    id               bigint generated always as identity primary key,
    report_id        bigint         not null references report (id) on delete cascade,
    pledge_target_id bigint         not null references pledge_target (id),
    achieved_value   numeric(18, 2),
    constraint report_achievement_value_ck check (achieved_value is null or achieved_value >= 0),
    constraint report_achievement_uk unique (report_id, pledge_target_id)
);
create index report_achievement_target_ix on report_achievement (pledge_target_id);

create table report_score (
    id           bigint generated always as identity primary key,
    report_id    bigint        not null references report (id) on delete cascade,
    criterion_id bigint        not null references criterion (id),
    self_score   numeric(7, 2),
    staff_score  numeric(7, 2),
    constraint report_score_ck check ((self_score is null or self_score >= 0) and (staff_score is null or staff_score >= 0)),
    constraint report_score_uk unique (report_id, criterion_id)
);
create index report_score_criterion_ix on report_score (criterion_id);

create table initiative (
    id            bigint generated always as identity primary key,
    report_id     bigint        not null references report (id) on delete cascade,
    position      integer       not null,
    title         varchar(300)  not null,
    field         varchar(200)  not null,
    description   text,
    benefit       text,
    recognised_by varchar(300),
    exemplary     boolean       not null default false,
    exemplary_at  timestamptz,
    exemplary_by  varchar(60),
    search_key    varchar(700)  not null,
    version       bigint        not null default 0,
    constraint initiative_position_uk unique (report_id, position)
);
create index initiative_exemplary_ix on initiative (exemplary) where exemplary;

create table evidence_file (
    id           bigint generated always as identity primary key,
    report_id    bigint       not null references report (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_by  varchar(60)  not null,
    uploaded_at  timestamptz  not null default now(),
    constraint evidence_size_ck check (size_bytes > 0 and size_bytes <= 10485760)
);
create index evidence_file_report_ix on evidence_file (report_id);

create table evidence_content (
    evidence_file_id bigint primary key references evidence_file (id) on delete cascade,
    bytes            bytea not null
);

create table period_reopening (
    id          bigint generated always as identity primary key,
    period_id   bigint        not null references reporting_period (id),
    unit_id     bigint        not null references unit (id),
    open_until  date          not null,
    reason      varchar(1000) not null,
    reopened_by varchar(60)   not null,
    created_at  timestamptz   not null default now(),
    constraint period_reopening_uk unique (period_id, unit_id)
);
create index period_reopening_unit_ix on period_reopening (unit_id);

create table submission (
    id           bigint generated always as identity primary key,
    entity_type  varchar(20) not null,
    entity_id    bigint      not null,
    number       integer     not null,
    submitted_at timestamptz not null,
    submitted_by varchar(60) not null,
    late         boolean     not null default false,
    content      text        not null,
    constraint submission_type_ck check (entity_type in ('PLEDGE', 'REPORT')),
    constraint submission_number_uk unique (entity_type, entity_id, number)
);
