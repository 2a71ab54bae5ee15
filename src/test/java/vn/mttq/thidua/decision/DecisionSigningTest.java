package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing a decision gives it a number and commends its awardees, for good: the admin sees first, on a confirmation
 * page, the number it will take and each awardee; a post that skipped the page, or follows one whose awardees have
 * changed since, signs nothing.
 */
@ThiDuaTest
@Transactional
class DecisionSigningTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private DecisionService decisions;
    @Autowired
    private Fixtures fixtures;

    private UserDetails admin;
    private long draft;
    private long first;
    private long second;

    private long approved(String name) {
        long unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        return fixtures.count("""
                insert into nomination (unit_id, nominee_type, person_id, individual_name, birth_year, gender, form_id, year,
                                        achievements, status, proposed_by, search_key)
                values (?, 'INDIVIDUAL', ?, ?, 1980, 'FEMALE', (select min(id) from commendation_form), 2026, 'Thành tích xuất sắc',
                        'APPROVED', 'rep1', 'x') returning id""", unit, fixtures.person(unit, name), name);
    }

    @BeforeEach
    void aDraftOfTwoAwardees() {
        admin = users.loadUserByUsername("admin");
        first = approved("Nguyễn Thị Kiểm Thử");
        second = approved("Trần Văn Kiểm Thử");
        Fixtures.signIn(users, "admin");
        DecisionForm form = new DecisionForm();
        form.setTitle("Về việc khen thưởng cá nhân có thành tích xuất sắc năm 2026");
        form.setSignedOn(LocalDate.of(2026, 12, 3));
        form.setSignerName("Nguyễn Văn An");
        form.setSignerTitle("TM. BAN THƯỜNG TRỰC — CHỦ TỊCH");
        form.setNominationIds(Set.of(first, second));
        draft = decisions.draft(form.details()).getId();
        fixtures.flush();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String confirmationPage() throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/decisions/" + draft + "/sign").with(user(admin)))
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletResponse sign(String confirmation) throws Exception {
        var request = post("/decisions/" + draft + "/sign").with(user(admin)).with(csrf())
                .param("version", String.valueOf(fixtures.versionOf("decision", draft)));
        if (confirmation != null) {
            request.param("confirmation", confirmation);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        fixtures.flush();
        return response;
    }

    private static String seal(String page) {
        return Fixtures.sealOf(page);
    }

    private String nextCode() {
        long next = fixtures.count("select coalesce(max(last_number), 0) + 1 from number_counter where kind = 'DECISION' "
                + "and year = 2026");
        return String.format("%02d", next) + "/QĐ-MTTQ-BTT";
    }

    @Test
    void thePageSaysTheNumberAndTheAwardeesAndSigningTakesThem() throws Exception {
        String page = confirmationPage();
        String code = nextCode();
        assertThat(page).contains("Ký ban hành quyết định?").contains("Quyết định sẽ mang số " + code)
                .contains("Nguyễn Thị Kiểm Thử").contains("Trần Văn Kiểm Thử").contains("khen thưởng 2 tập thể, cá nhân");

        assertThat(sign(seal(page)).getStatus()).isEqualTo(302);
        assertThat(fixtures.text("select code from decision where id = ?", draft)).isEqualTo(code);
        assertThat(fixtures.count("select count(*) from nomination where decision_id = ? and status = 'COMMENDED'", draft))
                .isEqualTo(2);
    }

    @Test
    void aPostThatSkippedThePageOrWhoseAwardeesChangedSignsNothing() throws Exception {
        String skipped = HtmlUtils.htmlUnescape(sign(null).getContentAsString());
        assertThat(skipped).contains("Bước này cần được xác nhận trên trang xác nhận").contains("Trần Văn Kiểm Thử");
        assertThat(fixtures.text("select status from decision where id = ?", draft)).isEqualTo("DRAFT");

        String seal = seal(confirmationPage());
        // meanwhile the draft loses an awardee (as an edit of the draft would): the page's seal no longer holds
        fixtures.jdbc().update("update nomination set decision_id = null where id = ?", second);
        fixtures.clear();
        String changed = HtmlUtils.htmlUnescape(sign(seal).getContentAsString());
        assertThat(changed).contains("Số liệu đã thay đổi").doesNotContain("Trần Văn Kiểm Thử");
        assertThat(fixtures.text("select status from decision where id = ?", draft)).isEqualTo("DRAFT");
        assertThat(fixtures.count("select count(*) from decision where id = ? and number is null", draft)).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from nomination where id in (?, ?) and status = 'APPROVED'", first, second))
                .isEqualTo(2);
    }
}
