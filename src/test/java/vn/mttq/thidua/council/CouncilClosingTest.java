package vn.mttq.thidua.council;

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
 * Closing a council session settles each of its nominees for good: staff see first each nominee's result as it will
 * be recorded; a post that skipped the page, or follows one after a vote has moved a result, closes nothing.
 */
@ThiDuaTest
@Transactional
class CouncilClosingTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private UserDetails staff;
    private long session;
    private long nominee;

    @BeforeEach
    void aSessionOfOneNominee() {
        staff = users.loadUserByUsername("staff");
        session = fixtures.count("insert into council_session (title, held_on, quorum, approval_threshold, created_by) "
                + "values ('Phiên họp kiểm thử kết thúc', current_date, 1, 1, 'staff') returning id");
        fixtures.jdbc().update("insert into council_member (session_id, account_id) values (?, ?)", session,
                fixtures.accountId("admin"));
        nominee = fixtures.count("""
                insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, proposed_by, search_key,
                                        council_session_id)
                values (?, 'COLLECTIVE', (select min(id) from commendation_form), 2026, 'Thành tích', 'APPRAISED', 'rep1', 'x', ?)
                returning id""", fixtures.firstActiveUnitOf(fixtures.agencyOf("rep2")), session);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String page() throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/council-sessions/" + session + "/close").with(user(staff)))
                .andReturn().getResponse().getContentAsString());
    }

    private static String seal(String page) {
        return Fixtures.sealOf(page);
    }

    private MockHttpServletResponse close(String confirmation) throws Exception {
        var request = post("/council-sessions/" + session + "/close").with(user(staff)).with(csrf());
        if (confirmation != null) {
            request.param("confirmation", confirmation);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        fixtures.flush();
        return response;
    }

    @Test
    void thePageSaysEachResultAndClosingRecordsIt() throws Exception {
        String page = page();
        assertThat(page).contains("Kết thúc phiên họp và công bố kết quả?").contains("Đồng ý 0 · Không đồng ý 0 · Không ý kiến 0")
                .contains("Không thông qua").contains("Chưa đủ số phiếu hợp lệ");
        assertThat(close(seal(page)).getStatus()).isEqualTo(302);
        assertThat(fixtures.text("select status from council_session where id = ?", session)).isEqualTo("CLOSED");
        assertThat(fixtures.text("select status from nomination where id = ?", nominee)).isEqualTo("FAILED");
    }

    @Test
    void aPostThatSkippedThePageOrFollowsAMovedResultClosesNothing() throws Exception {
        String skipped = HtmlUtils.htmlUnescape(close(null).getContentAsString());
        assertThat(skipped).contains("Bước này cần được xác nhận trên trang xác nhận").contains("Không thông qua");
        assertThat(fixtures.text("select status from council_session where id = ?", session)).isEqualTo("OPEN");

        String seal = seal(page());
        // meanwhile the admin votes yes: the nominee would now pass, which is not what the page said
        fixtures.jdbc().update("insert into council_vote (nomination_id, member_id, vote) values (?, "
                + "(select id from council_member where session_id = ?), 'YES')", nominee, session);
        fixtures.clear();
        String moved = HtmlUtils.htmlUnescape(close(seal).getContentAsString());
        assertThat(moved).contains("Số liệu đã thay đổi").contains("Đồng ý 1 · Không đồng ý 0").contains("Thông qua");
        assertThat(fixtures.text("select status from council_session where id = ?", session)).isEqualTo("OPEN");
        assertThat(fixtures.text("select status from nomination where id = ?", nominee)).isEqualTo("APPRAISED");
    }

    private MockHttpServletResponse reopen(UserDetails who, String reason) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/council-sessions/" + session + "/reopen")
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse().getContentAsString());
        var request = post("/council-sessions/" + session + "/reopen").with(user(who)).with(csrf())
                .param("confirmation", seal(page)).param("reason", reason);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        fixtures.flush();
        return response;
    }

    @Test
    void anAdminReopensASessionClosedByMistakeUntilANomineeIsApproved() throws Exception {
        fixtures.jdbc().update("insert into council_vote (nomination_id, member_id, vote) values (?, "
                + "(select id from council_member where session_id = ?), 'YES')", nominee, session);
        assertThat(close(seal(page())).getStatus()).isEqualTo(302);
        assertThat(fixtures.text("select status from nomination where id = ?", nominee)).isEqualTo("PASSED");

        assertThat(reopen(staff, "Đóng nhầm").getStatus()).isEqualTo(403);
        String blank = HtmlUtils.htmlUnescape(reopen(users.loadUserByUsername("admin"), " ").getContentAsString());
        assertThat(blank).contains("Hãy ghi lý do mở lại phiên họp.").contains("is-invalid");
        assertThat(fixtures.text("select status from council_session where id = ?", session)).isEqualTo("CLOSED");
        assertThat(fixtures.text("select status from nomination where id = ?", nominee)).isEqualTo("PASSED");

        assertThat(reopen(users.loadUserByUsername("admin"), "Kết thúc nhầm khi còn thành viên chưa bỏ phiếu").getStatus())
                .isEqualTo(302);
        assertThat(fixtures.text("select status from council_session where id = ?", session)).isEqualTo("OPEN");
        assertThat(fixtures.text("select status from nomination where id = ?", nominee)).isEqualTo("APPRAISED");
        assertThat(fixtures.count("select count(*) from council_vote where nomination_id = ?", nominee)).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from audit_record where action = 'COUNCIL_RESULT_DISCARDED' "
                + "and entity_id = ? and summary = 'Kết thúc nhầm khi còn thành viên chưa bỏ phiếu'", nominee)).isEqualTo(1);

        // closed again, and this time its nominee approved: the session can no longer be reopened
        assertThat(close(seal(page())).getStatus()).isEqualTo(302);
        fixtures.jdbc().update("update nomination set status = 'APPROVED', approved_by = 'admin', approved_at = now() where id = ?",
                nominee);
        fixtures.clear();
        String refused = HtmlUtils.htmlUnescape(mvc.perform(get("/council-sessions/" + session + "/reopen")
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("không thể mở lại phiên họp").doesNotContain("name=\"reason\"");
        assertThat(fixtures.text("select status from council_session where id = ?", session)).isEqualTo("CLOSED");
    }
}
