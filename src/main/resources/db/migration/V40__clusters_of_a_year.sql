-- Emulation clusters and blocks of a year (issue 23, first step): set up each year by staff (copied from the year
-- before), with their member agencies, the head and deputy (in turn), the decision that set them up, and each
-- cluster's covenant (giao ước thi đua) that its members sign. The agencies' cluster label (emulation_cluster)
-- stays as the cluster's name across the years; a past year's clusters stay as they were after a reorganisation.
create table cluster_year (
    id              bigint generated always as identity primary key,
    year            int          not null check (year between 2000 and 2100),
    name            varchar(200) not null,
    kind            varchar(20)  not null check (kind in ('CLUSTER', 'BLOCK')),
    label_id        bigint       references emulation_cluster (id),
    head_agency_id  bigint       references agency (id),
    deputy_agency_id bigint      references agency (id),
    decision_number varchar(60),
    decision_date   date,
    created_by      varchar(60)  not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint cluster_year_name_uk unique (year, name),
    check (head_agency_id is null or deputy_agency_id is null or head_agency_id <> deputy_agency_id)
);
create index cluster_year_year_ix on cluster_year (year);

-- An agency belongs to one cluster a year.
create table cluster_member (
    id         bigint generated always as identity primary key,
    cluster_id bigint not null references cluster_year (id) on delete cascade,
    agency_id  bigint not null references agency (id),
    year       int    not null,
    position   int    not null,
    constraint cluster_member_uk unique (cluster_id, agency_id),
    constraint cluster_member_year_uk unique (year, agency_id)
);
create index cluster_member_agency_ix on cluster_member (agency_id);

-- The covenant: drafted by the head, opened for signing, signed when every member has signed.
create table covenant (
    id         bigint generated always as identity primary key,
    cluster_id bigint        not null unique references cluster_year (id) on delete cascade,
    status     varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'SIGNED')),
    preamble   varchar(2000),
    drafted_by varchar(60)   not null,
    opened_at  timestamptz,
    signed_at  timestamptz,
    version    bigint        not null default 0,
    created_at timestamptz   not null default now(),
    updated_at timestamptz   not null default now()
);

create table covenant_target (
    covenant_id bigint        not null references covenant (id) on delete cascade,
    position    int           not null,
    area_number int,
    text        varchar(1000) not null,
    primary key (covenant_id, position)
);

create table covenant_signature (
    id          bigint generated always as identity primary key,
    covenant_id bigint       not null references covenant (id) on delete cascade,
    agency_id   bigint       not null references agency (id),
    signed_by   varchar(60)  not null,
    signer_name varchar(200) not null,
    signed_at   timestamptz  not null,
    constraint covenant_signature_uk unique (covenant_id, agency_id)
);
