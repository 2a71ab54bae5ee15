-- The law of the day (issue 22): since 1 July 2025 Decree 152/2025/NĐ-CP details the Law on Emulation and
-- Commendation in place of Decree 98/2023/NĐ-CP (in force until 30 June 2025), guided by Circular 15/2025/TT-BNV of
-- the Ministry of Home Affairs. Their dates of issue are left for the admin to fill in on the legal documents page
-- (a citation without a date reads "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ …").
update decision_basis set in_force_until = date '2025-06-30'
where number = '98/2023/NĐ-CP' and (in_force_until is null or in_force_until > date '2025-06-30');

insert into decision_basis (title, number, issued_on, description, in_force_from, in_force_until, sort_order)
select 'Nghị định', '152/2025/NĐ-CP', null,
       'của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng', date '2025-07-01', null, 20
where not exists (select 1 from decision_basis where number = '152/2025/NĐ-CP');

insert into decision_basis (title, number, issued_on, description, in_force_from, in_force_until, sort_order)
select 'Thông tư', '15/2025/TT-BNV', null,
       'của Bộ Nội vụ hướng dẫn thực hiện công tác thi đua, khen thưởng', date '2025-07-01', null, 25
where not exists (select 1 from decision_basis where number = '15/2025/TT-BNV');

-- Drafts dated from 1 July 2025 that still cite Decree 98/2023 cite the new decree and its circular in its place,
-- keeping whatever else their text says; signed decisions keep the basis they were signed with.
update decision
set legal_basis = regexp_replace(legal_basis, 'Căn cứ Nghị định số 98/2023/NĐ-CP[^\n]*',
        'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;'
        || E'\n' || 'Căn cứ Thông tư số 15/2025/TT-BNV của Bộ Nội vụ hướng dẫn thực hiện công tác thi đua, khen thưởng;')
where status = 'DRAFT' and signed_on >= date '2025-07-01' and legal_basis like '%98/2023/NĐ-CP%';

-- The hold kinds gain an inspection (thanh tra, kiểm tra), which Decree 152/2025 Art. 4 names beside the others.
alter table person_hold drop constraint person_hold_kind_check;
alter table person_hold add constraint person_hold_kind_check
    check (kind in ('DISCIPLINE', 'INVESTIGATION', 'INSPECTION', 'COMPLAINT'));
