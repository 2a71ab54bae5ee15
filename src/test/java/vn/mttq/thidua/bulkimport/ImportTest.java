package vn.mttq.thidua.bulkimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bulk import: a file with one bad row writes nothing and names the row and the column; a good file is written all
 * at once through the services (audited), parents earlier in the file included; a refusal while writing leaves
 * nothing; imported accounts must change their password; only admins import accounts.
 */
@ThiDuaTest
class ImportTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private ImportService imports;

    private long upload(String kind, String fileName, byte[] bytes, String who) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/import/" + kind)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .with(csrf()).with(user(users.loadUserByUsername(who)))).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as(response.getContentAsString()).startsWith("/import/batches/");
        return Long.parseLong(response.getRedirectedUrl().substring("/import/batches/".length()));
    }

    private String page(long batch, String who) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/import/batches/" + batch).with(user(users.loadUserByUsername(who))))
                .andReturn().getResponse().getContentAsString());
    }

    private String runAndWait(long batch, String who) throws Exception {
        mvc.perform(post("/import/batches/" + batch + "/run").with(csrf()).with(user(users.loadUserByUsername(who))));
        for (int i = 0; i < 300; i++) {
            String status = fixtures.jdbc().queryForObject("select status from import_batch where id = ?", String.class, batch);
            if (!"RUNNING".equals(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        return "TIMEOUT";
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndNamesTheRowAndTheColumn() throws Exception {
        long agenciesBefore = fixtures.count("select count(*) from agency");
        byte[] file = csv("name*,short_name,kind*,parent,cluster,address,phone,email,contact_person",
                "Sở Thử nghiệm Một,STN1,DEPARTMENT,,,,,,",
                "Sở Thử nghiệm Hai,STN2,Loại lạ,,,,,thu-sai,",
                "Sở Thử nghiệm Một,,\"Sở, ban, ngành\",,,,,,");
        long batch = upload("agencies", "co-quan.csv", file, "staff");
        String preview = page(batch, "staff");
        // the rows are shown as read, beside the errors
        assertThat(preview).contains("<td>Sở Thử nghiệm Hai</td>").contains("<td>STN2</td>");
        assertThat(preview).contains("Có 3 lỗi").contains("Chưa có gì được ghi")
                .contains("<td>3</td>\n          <td><code>kind</code></td>\n          <td>Không nhận ra giá trị “Loại lạ”.</td>")
                .contains("“thu-sai” không phải địa chỉ thư điện tử.")
                .contains("“Sở Thử nghiệm Một” xuất hiện hai lần trong tệp.");
        assertThat(runAndWait(batch, "staff")).isEqualTo("CHECKED");
        assertThat(fixtures.count("select count(*) from agency")).isEqualTo(agenciesBefore);

        // a file without its required column is refused as a whole, on the page, before any row is read
        MockHttpServletResponse missing = mvc.perform(multipart("/import/agencies")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", csv("name,short_name", "A,B")))
                .with(csrf()).with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(HtmlUtils.htmlUnescape(missing.getContentAsString())).contains("Tệp thiếu cột bắt buộc “kind” ở dòng đầu.");
        MockHttpServletResponse junk = mvc.perform(multipart("/import/units")
                .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] {'P', 'K', 3, 4, 1, 2}))
                .with(csrf()).with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(HtmlUtils.htmlUnescape(junk.getContentAsString())).contains("Không đọc được tệp");
    }

    @Test
    void aGoodWorkbookIsWrittenAllAtOnceParentsAndUnitsIncluded() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook excel = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = excel.createSheet();
            String[][] rows = {{"name*", "short_name", "kind*", "parent", "cluster", "address", "phone", "email", "contact_person"},
                    {"Hội Nhập khẩu Thử Nghiệm", "Hội NK TN", "OTHER", "", "", "", "", "", ""},
                    {"Chi hội Nhập khẩu Thử Nghiệm", "", "Khác", "Hội NK TN", "", "", "", "chihoi@example.vn", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            excel.write(out);
            workbook = out.toByteArray();
        }
        long batch = upload("agencies", "co-quan.xlsx", workbook, "staff");
        assertThat(page(batch, "staff")).contains("Không có lỗi trong 2 dòng.");
        assertThat(runAndWait(batch, "staff")).isEqualTo("DONE");
        assertThat(fixtures.count("select count(*) from agency a join agency p on p.id = a.parent_id "
                + "where a.name = 'Chi hội Nhập khẩu Thử Nghiệm' and p.short_name = 'Hội NK TN'")).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from audit_record r join agency a on a.id = r.entity_id "
                + "where r.entity_type = 'Agency' and r.action = 'CREATE' and a.name like '%Thử Nghiệm'")).isEqualTo(2);
        assertThat(page(batch, "staff")).contains("Đã ghi xong 2 dòng.");
        // someone else's batch is not theirs to see
        assertThat(mvc.perform(get("/import/batches/" + batch).with(user(users.loadUserByUsername("hoidong1"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        // many units: all written, the progress reaching the total
        StringBuilder units = new StringBuilder("agency*,name*,kind*,content_area*\n");
        for (int i = 1; i <= 120; i++) {
            units.append("Hội NK TN,Khu dân cư số ").append(i).append(",RESIDENTIAL_AREA,5\n");
        }
        long unitBatch = upload("units", "don-vi.csv", units.toString().getBytes(StandardCharsets.UTF_8), "staff");
        assertThat(runAndWait(unitBatch, "staff")).isEqualTo("DONE");
        assertThat(fixtures.count("select done from import_batch where id = ?", unitBatch)).isEqualTo(120);
        assertThat(fixtures.count("select count(*) from unit u join agency a on a.id = u.agency_id "
                + "where a.short_name = 'Hội NK TN' and u.name like 'Khu dân cư số %'")).isEqualTo(120);
    }

    @Test
    void aBatchLeftBeingWrittenByAStoppedInstanceIsMarkedInterruptedOnStartAndCanBeStartedAgain() throws Exception {
        byte[] file = csv("name*,short_name,kind*", "Sở Gián đoạn Một,,DEPARTMENT", "Sở Gián đoạn Hai,,DEPARTMENT");
        long stopped = upload("agencies", "gian-doan.csv", file, "staff");
        long alive = upload("agencies", "dang-ghi.csv", csv("name*,short_name,kind*", "Sở Đang ghi,,DEPARTMENT"), "staff");
        // as an instance stopped mid-write leaves it (its transaction rolled back: no row), and one another instance writes
        fixtures.jdbc().update("update import_batch set status = 'RUNNING', done = 1, heartbeat_at = now() - interval '2 minutes' "
                + "where id = ?", stopped);
        fixtures.jdbc().update("update import_batch set status = 'RUNNING', heartbeat_at = now() where id = ?", alive);
        try {
            assertThat(imports.interruptedByAStop()).isEqualTo(1);
            assertThat(fixtures.text("select status from import_batch where id = ?", stopped)).isEqualTo("INTERRUPTED");
            assertThat(fixtures.text("select status from import_batch where id = ?", alive)).isEqualTo("RUNNING");
            assertThat(page(stopped, "staff")).contains("Bị gián đoạn")
                    .contains("bị gián đoạn vì ứng dụng dừng giữa chừng; không dòng nào được ghi");
            assertThat(fixtures.count("select count(*) from agency where name like 'Sở Gián đoạn%'")).isZero();

            assertThat(runAndWait(stopped, "staff")).isEqualTo("DONE");
            assertThat(fixtures.count("select count(*) from agency where name like 'Sở Gián đoạn%'")).isEqualTo(2);
            assertThat(fixtures.jdbc().queryForObject("select failure from import_batch where id = ?", String.class, stopped))
                    .isNull();
        } finally {
            fixtures.jdbc().update("update import_batch set status = 'CHECKED' where id = ?", alive);
        }
    }

    @Test
    void aRefusalWhileWritingLeavesNothingAndSaysWhichRow() throws Exception {
        byte[] file = csv("name*,short_name,kind*", "Sở Ghi Một,,DEPARTMENT", "Sở Ghi Hai,,DEPARTMENT", "Sở Ghi Ba,,DEPARTMENT");
        long batch = upload("agencies", "ghi.csv", file, "staff");
        assertThat(page(batch, "staff")).contains("Không có lỗi trong 3 dòng.");
        // between the check and the writing, someone adds the third agency by hand
        fixtures.jdbc().update("insert into agency (kind, name, search_key) values ('DEPARTMENT', 'Sở Ghi Ba', 'so ghi ba')");
        assertThat(runAndWait(batch, "staff")).isEqualTo("FAILED");
        assertThat(fixtures.count("select count(*) from agency where name in ('Sở Ghi Một', 'Sở Ghi Hai')")).isZero();
        assertThat(page(batch, "staff")).contains("Không ghi dòng nào (dừng ở dòng 4)");
    }

    @Test
    void importedAccountsMustChangeTheirPasswordAndOnlyAdminsImportThem() throws Exception {
        byte[] file = csv("username*,full_name*,email,role*,agency,initial_password*",
                "rep_nhap1,Nguyễn Văn Nhập,nhap1@example.vn,AGENCY_REP,Sở Giáo dục và Đào tạo tỉnh Tiền Giang,Nhap-Tai-Khoan-2026!",
                "canbo_nhap2,Trần Thị Nhập,,Cán bộ Mặt trận,,Nhap-Tai-Khoan-2026?");
        MockHttpServletResponse byStaff = mvc.perform(multipart("/import/accounts")
                .file(new MockMultipartFile("file", "tk.csv", "text/csv", file))
                .with(csrf()).with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(byStaff.getStatus()).isEqualTo(403);

        long batch = upload("accounts", "tai-khoan.csv", file, "admin");
        assertThat(page(batch, "admin")).contains("Không có lỗi trong 2 dòng.").doesNotContain("Nhap-Tai-Khoan-2026!");
        assertThat(runAndWait(batch, "admin")).isEqualTo("DONE");
        assertThat(fixtures.count("select count(*) from account where username in ('rep_nhap1', 'canbo_nhap2') "
                + "and must_change_password")).isEqualTo(2);
        assertThat(fixtures.count("select count(*) from account a join agency g on g.id = a.agency_id "
                + "where a.username = 'rep_nhap1' and a.role = 'AGENCY_REP'")).isEqualTo(1);

        byte[] weak = csv("username*,full_name*,email,role*,agency,initial_password*", "x,Tên,,AGENCY_REP,,123");
        String preview = page(upload("accounts", "yeu.csv", weak, "admin"), "admin");
        assertThat(preview).contains("<code>username</code>").contains("<code>agency</code>").contains("<code>initial_password</code>");
    }

    /** Titles decided elsewhere, of a unit or of a person on record: checked as the page checks them, then written. */
    @Test
    void titlesOfUnitsAndPersonsAreImportedCheckedAsOnThePage() throws Exception {
        var names = fixtures.jdbc().queryForMap("select a.name as agency, u.name as unit, u.id as unit_id, p.id as person_id "
                + "from person p join unit u on u.id = p.unit_id join agency a on a.id = u.agency_id where p.full_name = 'Võ Thị Mỹ Hạnh'");
        String agency = (String) names.get("agency");
        String unit = (String) names.get("unit");
        String header = "agency*,unit*,person,birth_year,title*,year*,deciding_body*,document_number*,decided_on*";
        long before = fixtures.count("select count(*) from title_award");
        byte[] bad = csv(header,
                "\"" + agency + "\",\"" + unit + "\",Võ Thị Mỹ Hạnh,1982,CSTDCS,2023,Sở GD&ĐT,1620/QĐ-SGDĐT,18/08/2023",
                "\"" + agency + "\",\"" + unit + "\",Người Không Có,1982,CSTDCS,2023,Sở GD&ĐT,1/QĐ,18/08/2023",
                "\"" + agency + "\",\"" + unit + "\",,,CSTDCS,2023,Sở GD&ĐT,1/QĐ,18/08/2023",
                "\"" + agency + "\",\"" + unit + "\",Võ Thị Mỹ Hạnh,1982,Chiến sĩ thi đua cơ sở,2025,Sở GD&ĐT,2/QĐ,20/08/2025",
                "\"" + agency + "\",Đơn vị Không Có,,,HTXSNV,2023,Sở GD&ĐT,1/QĐ,18/08/2023",
                "\"" + agency + "\",\"" + unit + "\",,,HTXSNV,2023,Sở GD&ĐT,1/QĐ,18/08/2099",
                "\"" + agency + "\",\"" + unit + "\",,,HTXSNV,2023,Sở GD&ĐT,1/QĐ,31/02/2023",
                "\"" + agency + "\",\"" + unit + "\",,,HTXSNV,2023,Sở GD&ĐT,1/QĐ,18/08/2022");
        String preview = page(upload("titles", "danh-hieu.csv", bad, "staff"), "staff");
        assertThat(preview).contains("Có 7 lỗi").contains("Cơ quan không có hồ sơ cá nhân “Người Không Có (1982)”.")
                .contains("Không nhận ra danh hiệu “CSTDCS” cho đối tượng này.")
                .contains("Người này đã có danh hiệu hoặc xếp loại này trong năm đó.")
                .contains("Cơ quan không có đơn vị “Đơn vị Không Có”.").contains("Ngày quyết định không thể sau hôm nay.")
                .contains("Ngày “31/02/2023” không hợp lệ").contains("không thể ký trước năm đó");
        assertThat(fixtures.count("select count(*) from title_award")).isEqualTo(before);

        byte[] good = csv(header,
                "\"" + agency + "\",\"" + unit + "\",Võ Thị Mỹ Hạnh,1982,CSTDCS,2023,Sở GD&ĐT,1620/QĐ-SGDĐT,18/08/2023",
                "\"" + agency + "\",\"" + unit + "\",,,Tập thể lao động xuất sắc,2023,UBND tỉnh Tiền Giang,25/QĐ-UBND,10/01/2024");
        long batch = upload("titles", "danh-hieu.csv", good, "staff");
        assertThat(page(batch, "staff")).contains("Không có lỗi trong 2 dòng.");
        assertThat(runAndWait(batch, "staff")).isEqualTo("DONE");
        assertThat(fixtures.count("select count(*) from title_award a join emulation_title t on t.id = a.title_id "
                + "where a.person_id = ? and a.year = 2023 and t.code = 'CSTDCS' and a.document_number = '1620/QĐ-SGDĐT'",
                names.get("person_id"))).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from title_award a join emulation_title t on t.id = a.title_id "
                + "where a.unit_id = ? and a.year = 2023 and t.code = 'TTLDXS'", names.get("unit_id"))).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from audit_record r join title_award a on a.id = r.entity_id "
                + "where r.entity_type = 'TitleAward' and r.action = 'CREATE' and a.year = 2023 and a.entered_by = 'staff'"))
                .isEqualTo(2);
        // the same file again: each row is now a duplicate
        assertThat(page(upload("titles", "danh-hieu.csv", good, "staff"), "staff")).contains("Có 2 lỗi");
    }

    @Test
    void theTemplatesNameTheColumns() throws Exception {
        for (ImportKind kind : ImportKind.values()) {
            MockHttpServletResponse response = mvc.perform(get("/import/templates/" + kind.slug() + ".xlsx")
                    .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
                Row header = workbook.getSheetAt(0).getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).endsWith("*");
                assertThat(header.getLastCellNum()).isEqualTo((short) kind.columns().size());
                assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            }
        }
    }
}
