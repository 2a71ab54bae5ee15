package vn.mttq.thidua.person;

import java.io.ByteArrayInputStream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.DossierKind;
import vn.mttq.thidua.commendation.EligibilityChecks;
import vn.mttq.thidua.commendation.EligibilityChecks.Status;
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.commendation.NominationForm;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Persons as records whose history follows them: placements and moves (across the 2025 reorganisation), their own
 * titles counted wherever they were decided, holds that block commendation while they last; the nomination of an
 * individual names its person.
 */
@ThiDuaTest
@Transactional
class PersonHistoryTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private EligibilityChecks checks;
    @Autowired
    private NominationService nominations;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private long bangKhen;
    private long rep1Unit;
    private long rep2Unit;

    @BeforeEach
    void choose() {
        bangKhen = fixtures.count("select id from commendation_form where code = 'BK-CT-UBND-TINH'");
        rep1Unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        rep2Unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep2"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username)).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private void title(long person, String code, int year, String body) throws Exception {
        MockHttpServletResponse response = send(post("/persons/" + person + "/titles")
                .param("titleId", String.valueOf(fixtures.count("select id from emulation_title where code = ?", code)))
                .param("year", String.valueOf(year)).param("decidingBody", body).param("documentNumber", year + "/QĐ-MTTQ")
                .param("decidedOn", "20/12/" + year), "staff");
        assertThat(response.getRedirectedUrl()).as(code + " " + year).isEqualTo("/persons/" + person + "/titles");
    }

    private Status eligibility(long unit, long person, int year) {
        fixtures.flush();
        return checks.of(new EligibilityChecks.Subject(NomineeType.INDIVIDUAL, unit, person, bangKhen, year, null, java.util.List.of())).overall();
    }

    @Test
    void twoConsecutiveGrassrootsFightersAreMetOneIsNotAndNothingIsUnknown() throws Exception {
        long person = fixtures.person(rep1Unit, "Đỗ Thị Kiểm Thử");
        assertThat(eligibility(rep1Unit, person, 2025)).isEqualTo(Status.UNKNOWN);
        title(person, "CSTDCS", 2025, "Sở Giáo dục và Đào tạo");
        title(person, "LDTT", 2024, "Sở Giáo dục và Đào tạo");
        assertThat(eligibility(rep1Unit, person, 2025)).isEqualTo(Status.NOT_MET);
        long other = fixtures.person(rep1Unit, "Lý Văn Kiểm Thử");
        title(other, "CSTDCS", 2024, "Sở Giáo dục và Đào tạo");
        title(other, "CSTDCS", 2025, "Sở Giáo dục và Đào tạo");
        assertThat(eligibility(rep1Unit, other, 2025)).isEqualTo(Status.MET);
        // a person's titles are theirs: the unit's collective record is not looked at, nor another person's
        assertThat(eligibility(rep1Unit, fixtures.person(rep1Unit, "Mai Kiểm Thử"), 2025)).isEqualTo(Status.UNKNOWN);
    }

    /** Moved on 1 July 2025 from a commune office of a dissolved district committee: both years count. */
    @Test
    void consecutiveTitlesCountAcrossTheReorganisation() throws Exception {
        long dissolvedUnit = fixtures.count("select min(u.id) from unit u join agency a on a.id = u.agency_id "
                + "where a.short_name = 'MTTQ huyện Châu Thành'");
        assertThat(fixtures.jdbc().queryForObject("select a.status from unit u join agency a on a.id = u.agency_id where u.id = ?",
                String.class, dissolvedUnit)).isEqualTo("DISSOLVED");
        long person = fixtures.person(dissolvedUnit, "Phan Văn Kiểm Thử");
        title(person, "CSTDCS", 2024, "Ủy ban MTTQ Việt Nam huyện Châu Thành");
        assertThat(send(get("/persons/" + person), "rep2").getStatus()).as("not yet of rep2's agency").isEqualTo(404);

        MockHttpServletResponse moved = send(post("/persons/" + person + "/moves").param("unitId", String.valueOf(rep2Unit))
                .param("fromDate", "01/07/2025").param("position", "Phó Chủ tịch").param("note", "Sắp xếp bộ máy")
                .param("version", String.valueOf(fixtures.versionOf("person", person))), "staff");
        assertThat(moved.getRedirectedUrl()).as(text(moved).replaceAll("(?s).*<main", "")).isEqualTo("/persons/" + person);
        title(person, "CSTDCS", 2025, "Ủy ban MTTQ Việt Nam xã Cái Bè");
        assertThat(eligibility(rep2Unit, person, 2025)).isEqualTo(Status.MET);

        assertThat(fixtures.jdbc().queryForList("select coalesce(until_date::text, 'open') from person_placement "
                + "where person_id = ? order by id", String.class, person)).containsExactly("2025-06-30", "open");
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Person' and entity_id = ? and action <> 'NOT_FOUND' "
                + "order by id", String.class, person)).containsExactly("MOVE");
        String page = text(send(get("/persons/" + person), "rep2"));
        assertThat(page).contains("Phan Văn Kiểm Thử").contains("Ủy ban MTTQ Việt Nam huyện Châu Thành")
                .contains("– 30/06/2025").contains("01/07/2025 – nay").contains("Sắp xếp bộ máy")
                .doesNotContain("Điều động, chuyển công tác");
        assertThat(send(get("/persons/" + person), "rep1").getStatus()).isEqualTo(404);
    }

    @Test
    void aHoldBlocksTheNominationAndItsEndUnblocksIt() throws Exception {
        long person = fixtures.person(rep1Unit, "Tạ Thị Kiểm Thử");
        title(person, "CSTDCS", 2024, "Sở Giáo dục và Đào tạo");
        title(person, "CSTDCS", 2025, "Sở Giáo dục và Đào tạo");
        Fixtures.signIn(users, "rep1");
        NominationForm form = new NominationForm();
        form.setUnitId(rep1Unit);
        form.setNomineeType(NomineeType.INDIVIDUAL);
        form.setPersonId(person);
        form.setFormId(bangKhen);
        form.setYear(2025);
        form.setAchievements("Hai năm liền Chiến sĩ thi đua cơ sở.");
        Nomination n = nominations.propose(form.details());
        for (DossierKind kind : DossierKind.REQUIRED) {
            nominations.upload(n.getId(), kind, kind.name().toLowerCase() + ".pdf", PDF.length, new ByteArrayInputStream(PDF));
        }
        fixtures.flush();
        nominations.submit(n.getId(), fixtures.versionOf("nomination", n.getId()));
        fixtures.flush();
        assertThat(n.getIndividualName()).isEqualTo("Tạ Thị Kiểm Thử");

        MockHttpServletResponse held = send(post("/persons/" + person + "/holds").param("kind", "DISCIPLINE")
                .param("fromDate", "01/11/2026").param("untilDate", "").param("reason", "Khiển trách theo Quyết định số 9/QĐ-KL"),
                "staff");
        assertThat(held.getRedirectedUrl()).isEqualTo("/persons/" + person);
        assertThat(eligibility(rep1Unit, person, 2025)).isEqualTo(Status.NOT_MET);
        String page = text(send(get("/nominations/" + n.getId()), "staff"));
        assertThat(page).contains("Không được khen thưởng trong thời gian này").contains("Kỷ luật")
                .contains("Khiển trách theo Quyết định số 9/QĐ-KL");
        Fixtures.signIn(users, "staff");
        long version = fixtures.versionOf("nomination", n.getId());
        assertThatThrownBy(() -> nominations.appraise(n.getId(), null, version)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.onHold"));
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, n.getId()))
                .isEqualTo("SUBMITTED");

        long hold = fixtures.count("select id from person_hold where person_id = ?", person);
        assertThat(send(post("/persons/" + person + "/holds/" + hold + "/end"), "staff").getRedirectedUrl())
                .isEqualTo("/persons/" + person);
        assertThat(eligibility(rep1Unit, person, 2025)).isEqualTo(Status.MET);
        Fixtures.signIn(users, "staff");
        nominations.appraise(n.getId(), null, fixtures.versionOf("nomination", n.getId()));
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, n.getId()))
                .isEqualTo("APPRAISED");
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'PersonHold' "
                + "and entity_id = ? order by id", String.class, hold)).containsExactly("CREATE", "END");
    }

    /** The page a staff member appraises from, with a long history, in a handful of statements. */
    @Test
    void theAppraisalPageOfAnIndividualShowsThePersonsTitlesInAFewStatements() throws Exception {
        long person = fixtures.person(rep1Unit, "Vũ Thị Kiểm Thử");
        for (int year = 2005; year <= 2025; year++) {
            fixtures.jdbc().update("insert into title_award (person_id, title_id, year, deciding_body, document_number, decided_on, "
                    + "entered_by) values (?, (select id from emulation_title where code = 'CSTDCS'), ?, 'Sở GD&ĐT', ?, "
                    + "make_date(?, 12, 20), 'staff')", person, year, year + "/QĐ", year);
        }
        fixtures.jdbc().update("insert into person_hold (person_id, kind, from_date, until_date, reason, entered_by) "
                + "values (?, 'COMPLAINT', date '2020-01-01', date '2020-06-30', 'Đã giải quyết', 'staff')", person);
        long nomination = fixtures.count("insert into nomination (unit_id, nominee_type, person_id, individual_name, birth_year, "
                + "gender, form_id, year, achievements, status, proposed_by, search_key) values (?, 'INDIVIDUAL', ?, "
                + "'Vũ Thị Kiểm Thử', 1980, 'FEMALE', ?, 2025, 'Thành tích', 'SUBMITTED', 'rep1', 'x') returning id",
                rep1Unit, person, bangKhen);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        MockHttpServletResponse staff = send(get("/nominations/" + nomination), "staff");
        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(statistics.getPrepareStatementCount()).as("the appraisal page, whatever the history's size").isLessThanOrEqualTo(8);
        assertThat(text(staff)).contains("Đủ điều kiện theo các tiêu chuẩn đã ghi nhận").contains("2025/QĐ").contains("2024/QĐ")
                .doesNotContain("2023/QĐ").contains("/persons/" + person + "/titles").contains("/persons/" + person + "\"")
                .doesNotContain("Không được khen thưởng trong thời gian này");
        String english = text(send(get("/nominations/" + nomination).param("lang", "en"), "rep1"));
        assertThat(english).contains("Checked against the person's titles and ratings up to 2025,")
                .contains("2 consecutive years of Grassroots Emulation Fighter");
    }

    /** The list of persons reads its page with units and agencies in a handful of statements, whatever its size. */
    @Test
    void theListOfPersonsRunsAHandfulOfStatements() throws Exception {
        for (int i = 0; i < 30; i++) {
            fixtures.person(i % 2 == 0 ? rep1Unit : rep2Unit, "Người Danh Sách " + i);
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        MockHttpServletResponse list = send(get("/persons"), "staff");
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(statistics.getPrepareStatementCount()).as("a page of 20 of 30+ persons").isLessThanOrEqualTo(4);
        assertThat(text(list)).contains("Người Danh Sách");
    }

    @Test
    void aNameTypedOnANominationBecomesAPersonFoundAgainTheNextTime() {
        Fixtures.signIn(users, "rep1");
        NominationForm form = new NominationForm();
        form.setUnitId(rep1Unit);
        form.setNomineeType(NomineeType.INDIVIDUAL);
        form.setIndividualName("Hồ Thị Kiểm Thử");
        form.setBirthYear(1990);
        form.setGender(Gender.FEMALE);
        form.setFormId(bangKhen);
        form.setYear(2025);
        form.setAchievements("Thành tích.");
        Nomination first = nominations.propose(form.details());
        form.setIndividualName("hồ thị kiểm thử");
        Nomination second = nominations.propose(form.details());
        fixtures.flush();
        assertThat(first.getPersonId()).isNotNull().isEqualTo(second.getPersonId());
        assertThat(fixtures.count("select count(*) from person where lower(full_name) = lower('Hồ Thị Kiểm Thử')")).isEqualTo(1);
        assertThat(nominations.history(second)).extracting(Nomination::getId).contains(first.getId());
        // a person of another agency cannot be named, whatever id is sent
        long elsewhere = fixtures.person(rep2Unit, "Người Khác Kiểm Thử");
        form.setPersonId(elsewhere);
        assertThatThrownBy(() -> nominations.propose(form.details()))
                .isInstanceOf(vn.mttq.thidua.shared.NotFoundException.class);
    }

    @Test
    void aRepresentativeRegistersAndSeesTheirOwnAgencysPersonsOnly() throws Exception {
        MockHttpServletResponse created = send(post("/persons").param("unitId", String.valueOf(rep1Unit))
                .param("fullName", "Đinh Thị Kiểm Thử").param("birthDate", "12/03/1988").param("gender", "FEMALE")
                .param("position", "Giáo viên"), "rep1");
        long person = fixtures.count("select id from person where full_name = 'Đinh Thị Kiểm Thử'");
        assertThat(created.getRedirectedUrl()).isEqualTo("/persons/" + person);
        assertThat(fixtures.jdbc().queryForObject("select birth_year from person where id = ?", Integer.class, person)).isEqualTo(1988);
        assertThat(text(send(get("/persons").param("q", "dinh thi kiem thu"), "rep1"))).contains("Đinh Thị Kiểm Thử");
        assertThat(text(send(get("/persons").param("q", "dinh thi kiem thu"), "rep2"))).doesNotContain("Đinh Thị Kiểm Thử");
        assertThat(send(get("/persons/" + person), "rep2").getStatus()).isEqualTo(404);
        assertThat(send(get("/persons/" + person + "/titles"), "rep2").getStatus()).isEqualTo(404);
        assertThat(send(post("/persons").param("unitId", String.valueOf(rep2Unit)).param("fullName", "X")
                .param("birthDate", "12/03/1988").param("gender", "MALE").param("position", ""), "rep1").getStatus()).isEqualTo(404);
        // moves and holds are staff's
        assertThat(send(post("/persons/" + person + "/holds").param("kind", "DISCIPLINE").param("fromDate", "01/01/2026")
                .param("untilDate", "").param("reason", "x"), "rep1").getStatus()).isEqualTo(403);
        assertThat(fixtures.count("select count(*) from person_hold where person_id = ?", person)).isZero();
    }

    @Test
    void badInputOnEveryPersonFormKeepsWhatWasTypedAndChangesNothing() throws Exception {
        long person = fixtures.person(rep1Unit, "Cao Thị Kiểm Thử");
        long persons = fixtures.count("select count(*) from person");
        String[][] newPerson = {
            {"", "12/03/1988", "FEMALE", "Không được để trống"},
            {"Lâm Kiểm Thử", "31/02/1988", "FEMALE", "Ngày không hợp lệ"},
            {"Lâm Kiểm Thử", "12/03/2099", "FEMALE", "Lâm Kiểm Thử"},
            {"Lâm Kiểm Thử", "12/03/1988", "", "Lâm Kiểm Thử"}};
        for (String[] input : newPerson) {
            MockHttpServletResponse response = send(post("/persons").param("unitId", String.valueOf(rep1Unit))
                    .param("fullName", input[0]).param("birthDate", input[1]).param("gender", input[2])
                    .param("position", "Chức vụ đã gõ"), "rep1");
            assertThat(response.getStatus()).as(String.join(" ", input)).isEqualTo(200);
            assertThat(text(response)).as(String.join(" ", input)).contains(input[3]).contains("value=\"Chức vụ đã gõ\"");
        }
        assertThat(fixtures.count("select count(*) from person")).isEqualTo(persons);

        long version = fixtures.versionOf("person", person);
        String[][] moves = {
            {String.valueOf(rep1Unit), "01/07/2025", "Người này đang công tác ở đơn vị này."},
            {String.valueOf(fixtures.count("select min(id) from unit where agency_id = ? and id <> ? and status = 'ACTIVE'",
                    fixtures.agencyOf("rep1"), rep1Unit)), "01/07/2099", "Ngày chuyển không thể sau hôm nay."},
            {"", "01/07/2025", "Ghi chú đã gõ"}};
        for (String[] input : moves) {
            MockHttpServletResponse response = send(post("/persons/" + person + "/moves").param("unitId", input[0])
                    .param("fromDate", input[1]).param("position", "Hiệu phó").param("note", "Ghi chú đã gõ")
                    .param("version", String.valueOf(version)), "staff");
            assertThat(response.getStatus()).as(String.join(" ", input)).isEqualTo(200);
            assertThat(text(response)).as(String.join(" ", input)).contains(input[2]).contains("value=\"Ghi chú đã gõ\"");
        }
        assertThat(fixtures.count("select count(*) from person_placement where person_id = ?", person)).isEqualTo(1);
        assertThat(fixtures.count("select unit_id from person where id = ?", person)).isEqualTo(rep1Unit);

        String[][] holds = {
            {"DISCIPLINE", "01/06/2026", "01/01/2026", "Ngày kết thúc không thể trước ngày bắt đầu."},
            {"", "01/06/2026", "", "Lý do đã gõ"},
            {"DISCIPLINE", "", "", "Lý do đã gõ"}};
        for (String[] input : holds) {
            MockHttpServletResponse response = send(post("/persons/" + person + "/holds").param("kind", input[0])
                    .param("fromDate", input[1]).param("untilDate", input[2]).param("reason", "Lý do đã gõ"), "staff");
            assertThat(response.getStatus()).as(String.join(" ", input)).isEqualTo(200);
            assertThat(text(response)).as(String.join(" ", input)).contains(input[3]).contains("Lý do đã gõ</textarea>");
        }
        assertThat(fixtures.count("select count(*) from person_hold where person_id = ?", person)).isZero();
    }
}
