-- Failed sign-ins, one row each (issue 9, point 5): counted per client address, per account and address, and
-- (in account.failed_attempts, incremented in one UPDATE) per account, so parallel guesses are all counted.
create table sign_in_failure (
    id          bigint generated always as identity primary key,
    username    varchar(100) not null,
    address     varchar(64)  not null,
    occurred_at timestamptz  not null default now()
);
create index sign_in_failure_address_ix on sign_in_failure (address, occurred_at);
create index sign_in_failure_username_ix on sign_in_failure (username, address, occurred_at);
create index sign_in_failure_occurred_ix on sign_in_failure (occurred_at);
