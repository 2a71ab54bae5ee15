-- Notices: what a person is told (in the application, and by e-mail when a mail server is configured and they
-- want it). One row per person and event: the unique key makes a reminder land once, whichever of two application
-- instances sends it and however often a job is re-run after a restart.
create table notice (
    id          bigserial primary key,
    account_id  bigint       not null references account (id),
    kind        varchar(40)  not null,
    event_key   varchar(200) not null,
    args        text,
    link        varchar(300),
    created_at  timestamptz  not null,
    read_at     timestamptz,
    emailed_at  timestamptz,
    constraint notice_once_per_event unique (account_id, event_key)
);
create index notice_inbox on notice (account_id, created_at desc);
create index notice_unread on notice (account_id) where read_at is null;
create index notice_to_email on notice (created_at) where emailed_at is null;

-- each person may turn e-mail off
alter table account add column email_notices boolean not null default true;

-- ShedLock: a scheduled job runs on one instance at a time
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
