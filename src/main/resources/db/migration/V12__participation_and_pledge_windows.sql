-- Participation per campaign (issue 7): a unit takes part in a campaign in one content area of that campaign,
-- and can take part in several campaigns over the years without losing its history. Every unit takes part in
-- the campaign of its content area, as before.
create table participation (
    id              bigint generated always as identity primary key,
    unit_id         bigint      not null references unit (id),
    campaign_id     bigint      not null references campaign (id),
    content_area_id bigint      not null references content_area (id),
    registered_by   varchar(60) not null,
    registered_at   timestamptz not null default now(),
    version         bigint      not null default 0,
    constraint participation_uk unique (unit_id, campaign_id)
);
create index participation_campaign_ix on participation (campaign_id);
create index participation_area_ix on participation (content_area_id);

insert into participation (unit_id, campaign_id, content_area_id, registered_by, registered_at)
select u.id, a.campaign_id, u.content_area_id, 'migration', u.created_at
from unit u join content_area a on a.id = u.content_area_id;

-- Each year's pledge window of the reference campaign: 15 January – 31 March, closing 30 April.
insert into reporting_period (campaign_id, kind, year, name, name_en, opens_on, due_on, closes_on)
select c.id, 'PLEDGE', y, 'Đăng ký thi đua năm ' || y, 'Pledges ' || y,
       make_date(y, 1, 15), make_date(y, 3, 31), make_date(y, 4, 30)
from campaign c cross join generate_series(c.start_year, c.end_year) as y
where c.code = 'DKST-TG-2021-2025'
  and not exists (select 1 from reporting_period p where p.campaign_id = c.id and p.kind = 'PLEDGE' and p.year = y);

-- A pledge handed in after its window's due date is marked late, as a report is.
alter table pledge add column late boolean not null default false;
