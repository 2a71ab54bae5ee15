-- Persons as records (issue 22, second step): a nominee who is a person keeps their history — the units they were
-- placed in, with dated moves across agencies and the 2025 reorganisation, their own titles and ratings, and holds
-- (discipline, investigation, pending complaint) that block commendation while they last.
--
-- person: today's unit and position (kept with the last placement); the birth date when known — a person drawn from
-- the free text of an earlier nomination has only its birth year.
create table person (
    id          bigint generated always as identity primary key,
    full_name   varchar(200) not null,
    birth_date  date,
    birth_year  int          not null check (birth_year between 1900 and 2100),
    gender      varchar(10)  not null check (gender in ('MALE', 'FEMALE')),
    position    varchar(200),
    unit_id     bigint       not null references unit (id),
    search_key  varchar(400) not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    check (birth_date is null or extract(year from birth_date) = birth_year)
);
create index person_unit_ix on person (unit_id);
create index person_search_ix on person (search_key);

-- person_placement: where a person worked and from when; the open one (until is null) is today's. A placement
-- drawn from an earlier nomination has no start date (before the application kept records).
create table person_placement (
    id         bigint generated always as identity primary key,
    person_id  bigint       not null references person (id),
    unit_id    bigint       not null references unit (id),
    position   varchar(200),
    from_date  date,
    until_date date,
    note       varchar(300),
    version    bigint       not null default 0,
    check (until_date is null or from_date is null or until_date >= from_date)
);
create index person_placement_person_ix on person_placement (person_id);
create unique index person_placement_open_uk on person_placement (person_id) where until_date is null;

-- person_hold: a discipline, an investigation or a pending complaint, from a date until a date (open while it
-- lasts); a person under a hold is not commended (Law 06/2022/QH15 Art. 4, repeated by Decree 152/2025/NĐ-CP).
create table person_hold (
    id         bigint generated always as identity primary key,
    person_id  bigint        not null references person (id),
    kind       varchar(20)   not null check (kind in ('DISCIPLINE', 'INVESTIGATION', 'COMPLAINT')),
    from_date  date          not null,
    until_date date,
    reason     varchar(1000) not null,
    entered_by varchar(60)   not null,
    version    bigint        not null default 0,
    created_at timestamptz   not null default now(),
    updated_at timestamptz   not null default now(),
    check (until_date is null or until_date >= from_date)
);
create index person_hold_person_ix on person_hold (person_id, from_date);

-- A person's titles and ratings sit beside a unit's: a title award is the unit's or the person's.
alter table title_award alter column unit_id drop not null;
alter table title_award add column person_id bigint references person (id);
alter table title_award add constraint title_award_holder_ck check ((unit_id is null) <> (person_id is null));
alter table title_award add constraint title_award_person_uk unique (person_id, year, title_id);
create index title_award_person_year_ix on title_award (person_id, year);

-- Nominations of individuals name their person.
alter table nomination add column person_id bigint references person (id);
create index nomination_person_ix on nomination (person_id);

-- Today's individual nominations become persons: one per name and birth year within an agency (as the nominee's
-- history was matched so far), placed in the unit of their latest nomination.
create temporary table nominee_person on commit drop as
select distinct on (a.id, lower(n.individual_name), n.birth_year)
       a.id as agency_id, lower(n.individual_name) as name_key, n.birth_year, n.individual_name, n.gender,
       n.individual_position, n.unit_id, split_part(n.search_key, ' | ', 1) as search_key
from nomination n
join unit u on u.id = n.unit_id
join agency a on a.id = u.agency_id
where n.nominee_type = 'INDIVIDUAL'
order by a.id, lower(n.individual_name), n.birth_year, n.year desc, n.id desc;

alter table nominee_person add column person_id bigint;

with made as (
    insert into person (full_name, birth_year, gender, position, unit_id, search_key)
    select individual_name, birth_year, gender, individual_position, unit_id, search_key
    from nominee_person
    order by agency_id, name_key, birth_year
    returning id, unit_id, full_name, birth_year
)
update nominee_person np set person_id = made.id
from made
where made.unit_id = np.unit_id and made.full_name = np.individual_name and made.birth_year = np.birth_year;

insert into person_placement (person_id, unit_id, position)
select person_id, unit_id, individual_position from nominee_person;

update nomination n set person_id = np.person_id
from nominee_person np, unit u
where u.id = n.unit_id and np.agency_id = u.agency_id and n.nominee_type = 'INDIVIDUAL'
  and lower(n.individual_name) = np.name_key and n.birth_year = np.birth_year;

alter table nomination add constraint nomination_person_ck check (nominee_type = 'COLLECTIVE' or person_id is not null);
