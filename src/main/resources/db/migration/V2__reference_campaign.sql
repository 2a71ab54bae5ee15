-- The reference campaign of Tiền Giang province, 2021–2025, with its legal basis, its five content areas
-- (texts from the provincial Front's meeting of 11 June 2021) and its seven reporting periods.

insert into campaign (code, name, name_en, short_name, organiser, coordinating_body, description, start_year, end_year, status)
values ('DKST-TG-2021-2025',
        'Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế',
        'Creative solidarity: raising productivity, quality and efficiency, international integration',
        'Đoàn kết sáng tạo',
        'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang',
        'Ủy ban nhân dân tỉnh Tiền Giang',
        'Kết nối và phát triển các phong trào thi đua có tính sáng tạo hiện có thành các phong trào rộng khắp, nhằm phát huy sức sáng tạo, tạo động lực mạnh mẽ đối với tập thể, cá nhân trong toàn tỉnh, phấn đấu nâng cao chất lượng, hiệu quả công tác, thực hiện các nhiệm vụ chính trị được giao, góp phần phát triển kinh tế - xã hội, giữ vững quốc phòng - an ninh và hội nhập quốc tế.',
        2021, 2025, 'LAUNCHED');

insert into legal_document (campaign_id, number, issued_on, issuer, title, sort_order)
select id, '15/ĐA-MTTW-BTT', date '2017-08-18', 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
       'Đề án tổ chức phong trào thi đua “Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế”', 1
from campaign where code = 'DKST-TG-2021-2025';
insert into legal_document (campaign_id, number, issued_on, issuer, title, sort_order)
select id, '32/TT-MTTW-BTT', date '2018-04-16', 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
       'Thông tri hướng dẫn tổ chức phong trào thi đua “Đoàn kết sáng tạo”', 2
from campaign where code = 'DKST-TG-2021-2025';

insert into content_area (campaign_id, number, name, name_en, target_group, target_group_en, description)
select c.id, v.number, v.name, v.name_en, v.target_group, v.target_group_en, v.description
from campaign c,
     (values
        (1, 'Nâng cao hiệu quả, chất lượng công tác trong các cơ quan hệ thống chính trị',
            'Quality and efficiency of work in the agencies of the political system',
            'Các cơ quan hệ thống chính trị', 'Agencies of the political system',
            'Thi đua “Đoàn kết sáng tạo” nâng cao hiệu quả, chất lượng công tác trong các cơ quan hệ thống chính trị.'),
        (2, 'Nâng cao năng suất lao động ở các doanh nghiệp, đơn vị sản xuất kinh doanh, hộ gia đình',
            'Labour productivity in enterprises, production and business units and households',
            'Doanh nghiệp, đơn vị sản xuất kinh doanh, hộ gia đình', 'Enterprises, production and business units, households',
            'Thi đua “Đoàn kết sáng tạo” nâng cao năng suất lao động ở các doanh nghiệp, đơn vị sản xuất kinh doanh, hộ gia đình…'),
        (3, 'Phát triển khoa học, công nghệ, nâng cao chất lượng hoạt động và dịch vụ trong các đơn vị sự nghiệp',
            'Science, technology and the quality of services in public service units',
            'Các đơn vị sự nghiệp', 'Public service units',
            'Thi đua “Đoàn kết sáng tạo” trong các đơn vị sự nghiệp góp phần phát triển khoa học, công nghệ nâng cao chất lượng hoạt động và dịch vụ.'),
        (4, 'Nâng cao năng lực quốc phòng, an ninh, giữ vững ổn định chính trị và trật tự an toàn xã hội trong lực lượng vũ trang',
            'Defence and security capacity, political stability and public order in the armed forces',
            'Lực lượng vũ trang', 'Armed forces',
            'Thi đua “Đoàn kết sáng tạo” trong lực lượng vũ trang góp phần nâng cao năng lực quốc phòng, an ninh, giữ vững ổn định chính trị và trật tự an toàn xã hội của địa phương, đất nước.'),
        (5, 'Đồng bào các dân tộc, các tổ chức tôn giáo, kiều bào hướng về xây dựng quê hương, đất nước',
            'Ethnic communities, religious organisations and overseas Vietnamese building the homeland',
            'Đồng bào các dân tộc, các tổ chức tôn giáo, kiều bào', 'Ethnic communities, religious organisations, overseas Vietnamese',
            'Thi đua “Đoàn kết sáng tạo” trong đồng bào các dân tộc, các tổ chức tôn giáo, kiều bào hướng về xây dựng quê hương, đất nước.')
     ) as v(number, name, name_en, target_group, target_group_en, description)
where c.code = 'DKST-TG-2021-2025';

insert into reporting_period (campaign_id, kind, year, name, name_en, opens_on, due_on, closes_on)
select c.id, v.kind, v.year, v.name, v.name_en, v.opens_on, v.due_on, v.closes_on
from campaign c,
     (values
        ('ANNUAL',          2021, 'Báo cáo năm 2021', 'Annual report 2021', date '2021-11-15', date '2021-12-15', date '2022-01-15'),
        ('ANNUAL',          2022, 'Báo cáo năm 2022', 'Annual report 2022', date '2022-11-15', date '2022-12-15', date '2023-01-15'),
        ('MID_TERM_REVIEW', 2023, 'Sơ kết giữa kỳ 2021–2023', 'Mid-term review 2021–2023', date '2023-06-01', date '2023-06-30', date '2023-07-31'),
        ('ANNUAL',          2023, 'Báo cáo năm 2023', 'Annual report 2023', date '2023-11-15', date '2023-12-15', date '2024-01-15'),
        ('ANNUAL',          2024, 'Báo cáo năm 2024', 'Annual report 2024', date '2024-11-15', date '2024-12-15', date '2025-01-15'),
        ('FINAL_REVIEW',    2025, 'Tổng kết phong trào 2021–2025', 'Final review 2021–2025', date '2025-03-01', date '2025-04-15', date '2025-05-31'),
        ('ANNUAL',          2025, 'Báo cáo năm 2025', 'Annual report 2025', date '2025-11-15', date '2025-12-15', date '2026-01-15')
     ) as v(kind, year, name, name_en, opens_on, due_on, closes_on)
where c.code = 'DKST-TG-2021-2025';
