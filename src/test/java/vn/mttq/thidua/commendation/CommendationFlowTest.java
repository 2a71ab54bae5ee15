package vn.mttq.thidua.commendation;

import vn.mttq.thidua.person.Gender;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.catalogue.FormCatalog;
import vn.mttq.thidua.catalogue.FormOfCommendation;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.council.CouncilService;
import vn.mttq.thidua.council.CouncilSession;
import vn.mttq.thidua.council.CouncilSessionForm;
import vn.mttq.thidua.council.Vote;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.decision.Decision;
import vn.mttq.thidua.decision.DecisionForm;
import vn.mttq.thidua.decision.DecisionService;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** From proposal to the honor roll through the services, with every rule on the way. */
@ThiDuaTest
@Transactional
class CommendationFlowTest {

    private static final byte[] PDF = "%PDF-1.4 tờ trình".getBytes();

    @Autowired
    private NominationService nominations;
    @Autowired
    private CouncilService council;
    @Autowired
    private DecisionService decisions;
    @Autowired
    private FormCatalog forms;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The nomination's version as the database has it now. */
    private long v(Nomination n) {
        fixtures.flush();
        return fixtures.versionOf("nomination", n.getId());
    }

    private long form(String code) {
        return fixtures.count("select id from commendation_form where code = ?", code);
    }

    private Nomination proposeIndividual() {
        Fixtures.signIn(users, "rep1");
        NominationForm form = new NominationForm();
        form.setUnitId(fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1")));
        form.setNomineeType(NomineeType.INDIVIDUAL);
        form.setIndividualName("Trương Thị Ngọc Hạnh");
        form.setIndividualPosition("Hiệu trưởng");
        form.setBirthYear(1979);
        form.setGender(Gender.FEMALE);
        form.setFormId(form("BK-MTTQ-TINH"));
        form.setYear(2025);
        form.setAchievements("Dẫn dắt nhà trường đạt chuẩn quốc gia mức độ 2.");
        return nominations.propose(form.details());
    }

    private void dossier(Nomination n, DossierKind... kinds) {
        Fixtures.signIn(users, "rep1");
        for (DossierKind kind : kinds) {
            nominations.upload(n.getId(), kind, kind.name().toLowerCase() + ".pdf", PDF.length, new ByteArrayInputStream(PDF));
        }
    }

    @Test
    void aNominationGoesFromProposalToTheHonorRoll() throws Exception {
        Nomination n = proposeIndividual();
        dossier(n, DossierKind.COVER_SUBMISSION, DossierKind.MEETING_MINUTES);
        nominations.submit(n.getId(), v(n));
        fixtures.flush();

        Fixtures.signIn(users, "staff");
        Nomination submitted = nominations.getVisible(n.getId());
        long submittedVersion = v(n);
        assertThat(nominations.missingPapers(n.getId())).containsExactly(DossierKind.ACHIEVEMENT_REPORT);
        assertThatThrownBy(() -> nominations.appraise(n.getId(), null, submittedVersion))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.dossierIncomplete"));
        nominations.returnForChanges(n.getId(), "Bổ sung báo cáo thành tích", submittedVersion);
        fixtures.flush();

        dossier(n, DossierKind.ACHIEVEMENT_REPORT);
        nominations.submit(n.getId(), v(n));
        fixtures.flush();

        Fixtures.signIn(users, "staff");
        Nomination appraised = nominations.appraise(n.getId(), "Hồ sơ đầy đủ", v(n));
        fixtures.flush();

        CouncilSessionForm sessionForm = new CouncilSessionForm();
        sessionForm.setTitle("Phiên họp Hội đồng Thi đua - Khen thưởng quý IV");
        sessionForm.setHeldOn(LocalDate.now());
        sessionForm.setMemberIds(Set.of(fixtures.accountId("staff"), fixtures.accountId("admin"), fixtures.accountId("rep1"),
                fixtures.accountId("hoidong1"), fixtures.accountId("hoidong2")));
        CouncilSession session = council.open(sessionForm.details());
        assertThat(session.getApprovalThreshold()).isEqualTo(3);
        council.putBefore(session.getId(), appraised.getId());
        council.vote(session.getId(), n.getId(), Vote.YES);
        assertThatThrownBy(() -> council.vote(session.getId(), n.getId(), Vote.NO))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("council.error.alreadyVoted"));
        Fixtures.signIn(users, "rep1");
        assertThatThrownBy(() -> council.vote(session.getId(), n.getId(), Vote.YES))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("council.error.recused"));
        Fixtures.signIn(users, "admin");
        council.vote(session.getId(), n.getId(), Vote.YES);
        Fixtures.signIn(users, "hoidong1");
        council.vote(session.getId(), n.getId(), Vote.YES);
        fixtures.flush();
        Fixtures.signIn(users, "staff");
        assertThat(council.results(session.getId()).get(n.getId()).passed()).isTrue();
        council.close(session.getId(), council.closingSeal(council.view(session.getId())));
        fixtures.flush();
        assertThatThrownBy(() -> council.vote(session.getId(), n.getId(), Vote.YES)).isInstanceOf(BusinessRuleException.class);

        Nomination passed = nominations.getVisible(n.getId());
        assertThat(passed.getStatus()).isEqualTo(NominationStatus.PASSED);
        long passedVersion = v(n);
        assertThatThrownBy(() -> nominations.approve(n.getId(), passedVersion)).isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(users, "admin");
        Nomination approved = nominations.approve(n.getId(), passedVersion);
        fixtures.flush();

        DecisionForm decisionForm = new DecisionForm();
        decisionForm.setTitle("Về việc khen thưởng cá nhân có thành tích xuất sắc năm 2025");
        decisionForm.setSignedOn(LocalDate.of(2026, 12, 1));
        decisionForm.setSignerName("Nguyễn Văn An");
        decisionForm.setSignerTitle("TM. BAN THƯỜNG TRỰC — CHỦ TỊCH");
        decisionForm.setNominationIds(Set.of(approved.getId()));
        Decision decision = decisions.issue(decisionForm.details());
        fixtures.flush();
        assertThat(decision.getCode()).matches("\\d+/QĐ-MTTQ-BTT");
        assertThat(decision.getYear()).isEqualTo(2026);
        Nomination commended = nominations.getVisible(n.getId());
        assertThat(commended.getStatus()).isEqualTo(NominationStatus.COMMENDED);
        assertThat(commended.getRegistryNumber()).startsWith("SV-2026-");
        assertThatThrownBy(() -> decisions.issue(decisionForm.details())).isInstanceOf(BusinessRuleException.class);

        // PDFs carry the Vietnamese names exactly
        MockHttpServletResponse decisionPdf = mvc.perform(get("/decisions/" + decision.getId() + "/pdf")
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(decisionPdf.getContentType()).isEqualTo("application/pdf");
        assertThat(text(decisionPdf.getContentAsByteArray())).contains(decision.getCode()).contains("QUYẾT ĐỊNH")
                .contains("Trương Thị Ngọc Hạnh").contains("Bằng khen của Ủy ban MTTQ Việt Nam tỉnh")
                .contains(commended.getRegistryNumber());
        MockHttpServletResponse certificate = mvc.perform(get("/decisions/" + decision.getId() + "/certificates/" + n.getId())
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();
        assertThat(text(certificate.getContentAsByteArray())).contains("Trương Thị Ngọc Hạnh").contains("Hiệu trưởng")
                .contains("Quyết định số " + decision.getCode() + " ngày 01 tháng 12 năm 2026").contains(commended.getRegistryNumber());

        // not on the public honor roll until published; anonymous cannot fetch a signed, unpublished decision
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        assertThat(mvc.perform(get("/honor-roll").param("q", "truong thi ngoc hanh")).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Trương Thị Ngọc Hạnh");
        assertThat(mvc.perform(get("/decisions/" + decision.getId() + "/pdf")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get("/decisions/" + decision.getId() + "/pdf").with(user(users.loadUserByUsername("rep2"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        Fixtures.signIn(users, "admin");
        decisions.publish(decision.getId());
        fixtures.flush();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        String honor = mvc.perform(get("/honor-roll").param("q", "truong thi ngoc hanh")).andReturn().getResponse()
                .getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(honor)).contains("Trương Thị Ngọc Hạnh");
        // the demo's draft nomination of Phạm Thị Kim Loan exists, and is never on the honor roll
        assertThat(fixtures.count("select count(*) from nomination where individual_name = 'Phạm Thị Kim Loan' "
                + "and status = 'DRAFT'")).isEqualTo(1);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/honor-roll").param("q", "pham thi kim loan"))
                .andReturn().getResponse().getContentAsString())).doesNotContain("Phạm Thị Kim Loan").contains("Không tìm thấy kết quả nào.");
        assertThat(mvc.perform(get("/decisions/" + decision.getId() + "/pdf").with(user(users.loadUserByUsername("rep2"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();

        // revoked: off the honor roll, the reason kept
        Fixtures.signIn(users, "admin");
        assertThatThrownBy(() -> decisions.revoke(decision.getId(), " ")).isInstanceOf(BusinessRuleException.class);
        decisions.revoke(decision.getId(), "Phát hiện sai sót trong hồ sơ");
        fixtures.flush();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        assertThat(mvc.perform(get("/honor-roll").param("q", "truong thi ngoc hanh")).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Ngọc Hạnh");
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Decision' and entity_id = ? "
                + "order by id", String.class, decision.getId()))
                .as("rep2's refused look at the unpublished decision is on the trail too")
                .containsExactly("CREATE", "SIGN", "NOT_FOUND", "PUBLISH", "REVOKE");
    }

    @Test
    void whoProposedOrAppraisedCannotApproveAndRulesHoldOnTheForm() {
        Nomination n = proposeIndividual();
        dossier(n, DossierKind.COVER_SUBMISSION, DossierKind.MEETING_MINUTES, DossierKind.ACHIEVEMENT_REPORT);
        nominations.submit(n.getId(), v(n));
        fixtures.flush();
        Fixtures.signIn(users, "admin");
        Nomination appraised = nominations.appraise(n.getId(), null, v(n));
        fixtures.flush();
        fixtures.jdbc().update("update nomination set status = 'PASSED' where id = ?", n.getId());
        fixtures.clear();
        long version = v(n);
        assertThatThrownBy(() -> nominations.approve(n.getId(), version))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.separationOfDuties"));
        assertThat(appraised.getAppraisedBy()).isEqualTo("admin");

        Fixtures.signIn(users, "rep1");
        NominationForm collectiveFlag = NominationForm.of(proposeIndividual());
        collectiveFlag.setFormId(form("CO-MTTQ-TINH"));
        assertThatThrownBy(() -> nominations.update(collectiveFlag.getUnitId() == null ? 0L : fixtures.count(
                "select max(id) from nomination"), collectiveFlag.details(), collectiveFlag.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.formRecipient"));
        NominationForm noName = NominationForm.of(nominations.getVisible(fixtures.count("select max(id) from nomination")));
        noName.setIndividualName(null);
        noName.setPersonId(null);
        assertThatThrownBy(() -> nominations.update(fixtures.count("select max(id) from nomination"), noName.details(), noName.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.individualRequired"));

        Fixtures.signIn(users, "admin");
        forms.setActive(form("GIAY-KHEN"), false);
        assertThat(forms.active()).extracting(FormOfCommendation::getCode).doesNotContain("GIAY-KHEN");
    }

    @Test
    void rep2SeesNothingOfRep1sNominations() throws Exception {
        Nomination n = proposeIndividual();
        dossier(n, DossierKind.COVER_SUBMISSION);
        fixtures.flush();
        long file = fixtures.count("select id from dossier_file where nomination_id = ?", n.getId());
        Fixtures.signIn(users, "rep2");
        assertThatThrownBy(() -> nominations.getVisible(n.getId())).isInstanceOf(NotFoundException.class);
        var rep2 = users.loadUserByUsername("rep2");
        for (String path : List.of("/nominations/" + n.getId(), "/nominations/" + n.getId() + "/edit",
                "/nominations/" + n.getId() + "/dossier/" + file)) {
            assertThat(mvc.perform(get(path).with(user(rep2))).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/nominations").with(user(rep2))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Ngọc Hạnh").doesNotContain("Sở Giáo dục");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
