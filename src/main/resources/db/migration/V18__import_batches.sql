-- A file of agencies, units or accounts being imported: read and checked first (every row's errors listed before
-- anything is written), then written all or nothing, its progress visible while it runs.
create table import_batch (
    id          bigserial primary key,
    kind        varchar(20)  not null,
    file_name   varchar(255) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    status      varchar(20)  not null,
    total       integer      not null,
    done        integer      not null default 0,
    rows_json   text         not null,
    errors_json text         not null,
    failure     varchar(1000),
    finished_at timestamptz
);
create index import_batch_creator on import_batch (created_by, created_at desc);
