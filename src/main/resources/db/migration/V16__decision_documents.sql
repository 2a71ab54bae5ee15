-- Decisions as the office issues them (issue 13). The legal documents decisions are based on become data, each
-- with the days it is in force and the kinds of decision that cite it; a decision keeps the citations of its
-- date (editable while it is a draft, frozen once signed), its recipients block and its kind. Numbers are written
-- zero-padded (01/QĐ-…) as the administrative format has them; the signer's title no longer carries the
-- "TM. BAN THƯỜNG TRỰC" line, which comes from the issuing body.
create table decision_basis (
    id             bigint generated always as identity primary key,
    title          varchar(300)  not null,
    number         varchar(60),
    issued_on      date,
    description    varchar(500),
    in_force_from  date          not null,
    in_force_until date,
    kinds          varchar(100)  not null default 'COMMENDATION,EMULATION_TITLE',
    sort_order     integer       not null default 0,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint decision_basis_period_ck check (in_force_until is null or in_force_until >= in_force_from)
);

insert into decision_basis (title, number, issued_on, description, in_force_from, in_force_until, sort_order) values
    ('Điều lệ Mặt trận Tổ quốc Việt Nam', null, null, null, date '2000-01-01', null, 0),
    ('Luật Thi đua, Khen thưởng', '15/2003/QH11', date '2003-11-26',
     '(được sửa đổi, bổ sung năm 2005, năm 2009 và năm 2013)', date '2004-07-01', date '2023-12-31', 10),
    ('Nghị định', '91/2017/NĐ-CP', date '2017-07-31',
     'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', date '2017-10-01', date '2023-12-31', 20),
    ('Luật Thi đua, khen thưởng', '06/2022/QH15', date '2022-06-15', null, date '2024-01-01', null, 10),
    ('Nghị định', '98/2023/NĐ-CP', date '2023-12-31',
     'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', date '2024-01-01', null, 20);

alter table decision
    add column kind        varchar(30)   not null default 'COMMENDATION',
    add column legal_basis varchar(4000),
    add column recipients  varchar(2000),
    add constraint decision_kind_ck check (kind in ('COMMENDATION', 'EMULATION_TITLE'));

-- the citations in force on each existing decision's date, as a new draft would get them
update decision d set legal_basis = (
    select string_agg('Căn cứ ' || b.title
               || coalesce(' số ' || b.number, '')
               || coalesce(' ngày ' || to_char(b.issued_on, 'DD') || ' tháng '
                  || case when extract(month from b.issued_on) <= 2 then to_char(b.issued_on, 'MM')
                          else extract(month from b.issued_on)::text end
                  || ' năm ' || to_char(b.issued_on, 'YYYY'), '')
               || coalesce(' ' || b.description, '') || ';', E'\n' order by b.sort_order, b.id)
    from decision_basis b
    where b.in_force_from <= d.signed_on and (b.in_force_until is null or b.in_force_until >= d.signed_on))
    || E'\nXét đề nghị của Hội đồng Thi đua - Khen thưởng,';
update decision set recipients = E'Như Điều 3;\nLưu: VT, PT.';
update decision set code = lpad(number::text, 2, '0') || substring(code from position('/' in code))
    where number is not null and number < 10 and code not like '0%';
update decision set signer_title = regexp_replace(signer_title, '^TM\. BAN THƯỜNG TRỰC\s*[—–-]\s*', '')
    where signer_title like 'TM.%';

-- an approved nominee waits on a draft decision (its decision_id set, no registry number yet) until it is signed
alter table nomination drop constraint nomination_commended_ck;
alter table nomination add constraint nomination_commended_ck check (
    (status = 'COMMENDED' and decision_id is not null)
    or (status <> 'COMMENDED' and (decision_id is null or status = 'APPROVED')));
