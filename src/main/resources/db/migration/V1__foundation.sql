-- Thi đua: the foundation schema. Campaigns and their content areas, agencies and their units,
-- reporting periods, accounts and the append-only audit trail.

create table campaign (
    id                bigint generated always as identity primary key,
    code              varchar(40)  not null unique,
    name              varchar(500) not null,
    name_en           varchar(500),
    short_name        varchar(200) not null,
    organiser         varchar(300) not null,
    coordinating_body varchar(300),
    description       text,
    start_year        integer      not null,
    end_year          integer      not null,
    status            varchar(20)  not null,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint campaign_status_ck check (status in ('DRAFT', 'LAUNCHED', 'UNDER_REVIEW', 'CLOSED')),
    constraint campaign_years_ck check (start_year between 2000 and 2100 and end_year >= start_year)
);

create table legal_document (
    id          bigint generated always as identity primary key,
    campaign_id bigint       not null references campaign (id),
    number      varchar(100) not null,
    issued_on   date         not null,
    issuer      varchar(300) not null,
    title       varchar(500) not null,
    sort_order  integer      not null default 0,
    constraint legal_document_number_uk unique (campaign_id, number)
);
create index legal_document_campaign_ix on legal_document (campaign_id);

create table content_area (
    id              bigint generated always as identity primary key,
    campaign_id     bigint       not null references campaign (id),
    number          integer      not null,
    name            varchar(500) not null,
    name_en         varchar(500),
    target_group    varchar(300) not null,
    target_group_en varchar(300),
    description     text,
    constraint content_area_number_ck check (number between 1 and 20),
    constraint content_area_number_uk unique (campaign_id, number)
);
create index content_area_campaign_ix on content_area (campaign_id);

create table emulation_cluster (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    description varchar(500),
    constraint emulation_cluster_name_uk unique (name)
);

create table agency (
    id             bigint generated always as identity primary key,
    kind           varchar(40)  not null,
    name           varchar(300) not null,
    short_name     varchar(120),
    parent_id      bigint references agency (id),
    cluster_id     bigint references emulation_cluster (id),
    address        varchar(300),
    phone          varchar(40),
    email          varchar(200),
    contact_person varchar(200),
    search_key     varchar(700) not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint agency_kind_ck check (kind in ('DEPARTMENT', 'MEMBER_ORGANISATION', 'DISTRICT_FRONT', 'COMMUNE_FRONT',
        'ARMED_FORCES', 'PUBLIC_SERVICE_UNIT', 'ENTERPRISE_ASSOCIATION', 'RELIGIOUS_ORGANISATION', 'OTHER')),
    constraint agency_not_own_parent_ck check (parent_id is null or parent_id <> id)
);
create unique index agency_name_uk on agency (lower(name));
create index agency_parent_ix on agency (parent_id);
create index agency_cluster_ix on agency (cluster_id);
create index agency_kind_ix on agency (kind);

create table unit (
    id                bigint generated always as identity primary key,
    agency_id         bigint       not null references agency (id),
    content_area_id   bigint       not null references content_area (id),
    name              varchar(300) not null,
    kind              varchar(40)  not null,
    address           varchar(300),
    contact_name      varchar(200),
    contact_phone     varchar(40),
    contact_email     varchar(200),
    status            varchar(20)  not null default 'ACTIVE',
    withdrawn_at      timestamptz,
    withdrawal_reason varchar(500),
    search_key        varchar(700) not null,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint unit_kind_ck check (kind in ('OFFICE', 'ENTERPRISE', 'COOPERATIVE', 'HOUSEHOLD', 'SCHOOL', 'HOSPITAL',
        'RESEARCH', 'MILITARY', 'POLICE', 'BORDER_POST', 'RELIGIOUS', 'RESIDENTIAL_AREA', 'OTHER')),
    constraint unit_status_ck check (status in ('ACTIVE', 'WITHDRAWN')),
    constraint unit_withdrawn_ck check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
);
create unique index unit_active_name_uk on unit (agency_id, lower(name)) where status = 'ACTIVE';
create index unit_agency_ix on unit (agency_id);
create index unit_content_area_ix on unit (content_area_id);

create table reporting_period (
    id          bigint generated always as identity primary key,
    campaign_id bigint       not null references campaign (id),
    kind        varchar(20)  not null,
    year        integer      not null,
    name        varchar(200) not null,
    name_en     varchar(200),
    opens_on    date         not null,
    due_on      date         not null,
    closes_on   date         not null,
    version     bigint       not null default 0,
    updated_at  timestamptz  not null default now(),
    constraint reporting_period_kind_ck check (kind in ('ANNUAL', 'MID_TERM_REVIEW', 'FINAL_REVIEW')),
    constraint reporting_period_dates_ck check (opens_on <= due_on and due_on <= closes_on),
    constraint reporting_period_uk unique (campaign_id, kind, year)
);
create index reporting_period_campaign_ix on reporting_period (campaign_id);

create table account (
    id                   bigint generated always as identity primary key,
    username             varchar(60)  not null,
    password_hash        varchar(200) not null,
    full_name            varchar(200) not null,
    email                varchar(200),
    role                 varchar(20)  not null,
    agency_id            bigint references agency (id),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_attempts      integer      not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    search_key           varchar(500) not null,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint account_role_ck check (role in ('ADMIN', 'STAFF', 'AGENCY_REP')),
    constraint account_rep_agency_ck check ((role = 'AGENCY_REP') = (agency_id is not null)),
    constraint account_failed_attempts_ck check (failed_attempts >= 0)
);
create unique index account_username_uk on account (lower(username));
create index account_agency_ix on account (agency_id);

create table audit_record (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(60)  not null,
    action       varchar(40)  not null,
    entity_type  varchar(60)  not null,
    entity_id    bigint,
    summary      varchar(500),
    before_state text,
    after_state  text
);
create index audit_record_entity_ix on audit_record (entity_type, entity_id);
create index audit_record_occurred_ix on audit_record (occurred_at desc);

-- The audit trail is append-only: no row is ever changed or removed.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only';
end;
$$;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();
