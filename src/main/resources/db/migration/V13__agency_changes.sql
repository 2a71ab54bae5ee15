-- Agencies change (issue 7): renamed, merged into another, or dissolved — as on 1 July 2025, when the district
-- level was abolished and Tiền Giang and Đồng Tháp became one province. An ended agency keeps its history and
-- says where it went; every change is recorded with its effective date and legal basis.
alter table agency
    add column status       varchar(20) not null default 'ACTIVE',
    add column successor_id bigint references agency (id),
    add column ended_on     date,
    add constraint agency_status_ck check (status in ('ACTIVE', 'MERGED', 'DISSOLVED')),
    add constraint agency_not_own_successor_ck check (successor_id is null or successor_id <> id);
create index agency_successor_ix on agency (successor_id);

create table agency_change (
    id           bigint generated always as identity primary key,
    agency_id    bigint       not null references agency (id),
    kind         varchar(20)  not null,
    effective_on date         not null,
    legal_basis  varchar(500),
    old_name     varchar(300),
    new_name     varchar(300),
    successor_id bigint references agency (id),
    recorded_by  varchar(60)  not null,
    recorded_at  timestamptz  not null default now(),
    constraint agency_change_kind_ck check (kind in ('RENAMED', 'MERGED', 'DISSOLVED'))
);
create index agency_change_agency_ix on agency_change (agency_id);
create index agency_change_successor_ix on agency_change (successor_id);
