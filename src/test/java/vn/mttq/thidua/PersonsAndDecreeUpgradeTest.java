package vn.mttq.thidua;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded across issue 22's migrations: the individuals its nominations typed become persons (one
 * per name and birth year within an agency) whom the nominations name (V36); a draft decision dated after 30 June
 * 2025 cites Decree 152/2025/NĐ-CP and Circular 15/2025/TT-BNV in place of Decree 98/2023, while a signed one keeps
 * the basis it was signed with (V37). Runs on a database of its own.
 */
class PersonsAndDecreeUpgradeTest {

    private static final ScratchDatabase DATABASE = new ScratchDatabase("thidua_persons_upgrade_test");

    @BeforeAll
    static void freshDatabase() throws SQLException {
        DATABASE.create();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        DATABASE.drop();
    }

    @Test
    void typedNomineesBecomePersonsAndDraftsCiteTheDecreeOfTheirDate() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(DATABASE.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UpgradeMigrationTest.flyway(dataSource, "6").migrate();
        UpgradeMigrationTest.fillAsThePreviousReleaseDid(jdbc);
        long unit = jdbc.queryForObject("select min(id) from unit", Long.class);
        for (Object[] n : new Object[][] {{"Nguyễn Thị Hồng", 2023}, {"nguyễn thị hồng", 2024}, {"Trần Văn Lực", 2024}}) {
            jdbc.update("""
                    insert into nomination (unit_id, nominee_type, individual_name, individual_position, birth_year, gender,
                                            form_id, year, achievements, status, proposed_by, search_key)
                    values (?, 'INDIVIDUAL', ?, 'Giáo viên', 1978, 'FEMALE', (select min(id) from commendation_form), ?,
                            'Thành tích', 'SUBMITTED', 'rep1', ?)""", unit, n[0], n[1], ((String) n[0]).toLowerCase() + " | x");
        }
        jdbc.update("insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, proposed_by, search_key) "
                + "values (?, 'COLLECTIVE', (select min(id) from commendation_form), 2024, 'Thành tích', 'SUBMITTED', 'rep1', 'x')", unit);

        UpgradeMigrationTest.flyway(dataSource, "36").migrate();
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(distinct person_id) from nomination where nominee_type = 'INDIVIDUAL'",
                Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from nomination where nominee_type = 'COLLECTIVE' and person_id is null",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select p.full_name || ' ' || p.birth_year || ' ' || p.gender || ' ' || p.unit_id "
                + "|| ' ' || (select count(*) from person_placement pl where pl.person_id = p.id and pl.until_date is null) "
                + "from person p order by p.full_name", String.class))
                // named as the latest nomination typed them
                .containsExactlyInAnyOrder("nguyễn thị hồng 1978 FEMALE " + unit + " 1", "Trần Văn Lực 1978 FEMALE " + unit + " 1");

        String basis = """
                Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;
                Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
                Căn cứ Quy chế thi đua, khen thưởng của cơ quan (do người soạn thêm);
                Xét đề nghị của Hội đồng Thi đua - Khen thưởng,""";
        jdbc.update("insert into decision (year, title, signed_on, signer_name, signer_title, status, created_by, search_key, "
                + "legal_basis) values (2026, 'Dự thảo 2026', date '2026-03-01', 'A', 'Chủ tịch', 'DRAFT', 'admin', 'x', ?)", basis);
        jdbc.update("insert into decision (year, number, code, title, signed_on, signer_name, signer_title, status, created_by, "
                + "search_key, legal_basis) values (2025, 7, '07/QĐ-MTTQ-BTT', 'Đã ký 2025', date '2025-09-01', 'A', 'Chủ tịch', "
                + "'SIGNED', 'admin', 'x', ?)", basis);
        jdbc.update("insert into decision (year, title, signed_on, signer_name, signer_title, status, created_by, search_key, "
                + "legal_basis) values (2025, 'Dự thảo đầu 2025', date '2025-03-01', 'A', 'Chủ tịch', 'DRAFT', 'admin', 'x', ?)", basis);

        UpgradeMigrationTest.flyway(dataSource, "latest").migrate();
        String draft = jdbc.queryForObject("select legal_basis from decision where title = 'Dự thảo 2026'", String.class);
        assertThat(draft).contains("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;")
                .contains("Căn cứ Thông tư số 15/2025/TT-BNV").doesNotContain("98/2023")
                .contains("Căn cứ Quy chế thi đua, khen thưởng của cơ quan (do người soạn thêm);")
                .startsWith("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15").endsWith("Xét đề nghị của Hội đồng Thi đua - Khen thưởng,");
        assertThat(jdbc.queryForObject("select legal_basis from decision where title = 'Đã ký 2025'", String.class)).isEqualTo(basis);
        assertThat(jdbc.queryForObject("select legal_basis from decision where title = 'Dự thảo đầu 2025'", String.class)).isEqualTo(basis);
        assertThat(jdbc.queryForList("select number || ' ' || in_force_from || ' ' || coalesce(in_force_until::text, '…') "
                + "from decision_basis where number in ('98/2023/NĐ-CP', '152/2025/NĐ-CP', '15/2025/TT-BNV') order by in_force_from, id",
                String.class)).containsExactly("98/2023/NĐ-CP 2024-01-01 2025-06-30", "152/2025/NĐ-CP 2025-07-01 …",
                "15/2025/TT-BNV 2025-07-01 …");
    }
}
