package vn.mttq.thidua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up the demo data's ids, which the tests must not assume. */
@Component
public class Fixtures {

    private final JdbcTemplate jdbc;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;
    @PersistenceContext
    private EntityManager entityManager;
    @org.springframework.beans.factory.annotation.Autowired
    private vn.mttq.thidua.report.ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    private vn.mttq.thidua.agency.UnitService units;
    @org.springframework.beans.factory.annotation.Autowired
    private vn.mttq.thidua.campaign.CampaignService campaigns;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.security.core.userdetails.UserDetailsService users;

    public Fixtures(JdbcTemplate jdbc, org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** An account of a test's own, ready to sign in with {@code password}; a representative of {@code agencyId}. */
    public String account(String username, String password, String role, Long agencyId) {
        jdbc.update("""
                insert into account (username, password_hash, full_name, role, agency_id, must_change_password, search_key)
                values (?, ?, 'Tài khoản kiểm thử', ?, ?, false, ?)""",
                username, encoder.encode(password), role, agencyId, username);
        return username;
    }

    /** A person on record working in a unit (born in 1980, a woman), placed there since before the records. */
    public long person(long unitId, String name) {
        long id = jdbc.queryForObject("""
                insert into person (full_name, birth_year, gender, position, unit_id, search_key)
                values (?, 1980, 'FEMALE', 'Giáo viên', ?, ?) returning id""", Long.class, name, unitId, name);
        jdbc.update("insert into person_placement (person_id, unit_id, position) values (?, ?, 'Giáo viên')", id, unitId);
        return id;
    }

    /** Forgets what the test's transaction loaded, so that changes made with SQL are read again. */
    public void clear() {
        entityManager.flush();
        entityManager.clear();
    }

    /** Signs in as one of the demo accounts for calls made straight to the services. */
    public static void signIn(org.springframework.security.core.userdetails.UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
    }

    /**
     * Takes a step of a campaign's life as the signed-in person, as its confirmation page would post it: with the
     * page's seal of what the step does now and, for an admin's step, a reason.
     */
    public vn.mttq.thidua.campaign.Campaign stepCampaign(long id, vn.mttq.thidua.campaign.CampaignStatus to, String reason) {
        flush();
        return campaigns.step(id, to, versionOf("campaign", id), campaigns.preview(id, to).confirmation(), reason);
    }

    /** The seal a confirmation page's form carries, read from the page (which must have that form). */
    public static String sealOf(String page) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"confirmation\" value=\"([0-9a-f]+)\"")
                .matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("the page has no confirmation form");
        }
        return matcher.group(1);
    }

    /** Writes what the test's transaction holds, so that SQL sees it. */
    public void flush() {
        entityManager.flush();
    }

    public long agencyOf(String username) {
        return jdbc.queryForObject("select agency_id from account where username = ?", Long.class, username);
    }

    public long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    public long firstActiveUnitOf(long agencyId) {
        return jdbc.queryForObject("select min(id) from unit where agency_id = ? and status = 'ACTIVE'", Long.class, agencyId);
    }

    public long periodId() {
        return jdbc.queryForObject("select min(id) from reporting_period", Long.class);
    }

    /** The campaign running today in the demo (2026–2030); the 2021–2025 one is closed. */
    public long runningCampaignId() {
        return jdbc.queryForObject("select id from campaign where start_year = 2026", Long.class);
    }

    /** A content area of the running campaign, by its number. */
    public long runningArea(int number) {
        return count("select id from content_area where number = ? and campaign_id = ?", number, runningCampaignId());
    }

    /** A period of the running campaign. */
    public long runningPeriod(String kind, int year) {
        return count("select id from reporting_period where kind = ? and year = ? and campaign_id = ?", kind, year,
                runningCampaignId());
    }

    /** Moves a period of the running campaign's window to the given days (for a test's own transaction or period). */
    public long window(String kind, int year, java.time.LocalDate opens, java.time.LocalDate due, java.time.LocalDate closes) {
        long id = runningPeriod(kind, year);
        jdbc.update("update reporting_period set opens_on = ?, due_on = ?, closes_on = ? where id = ?", opens, due, closes, id);
        return id;
    }

    /** Registers a unit in the running campaign's content area of that number (as its representative would). */
    public long takePart(long unitId, int area) {
        long areaId = runningArea(area);
        jdbc.update("insert into participation (unit_id, campaign_id, content_area_id, registered_by) values (?, ?, ?, 'test') "
                + "on conflict (unit_id, campaign_id) do update set content_area_id = excluded.content_area_id",
                unitId, runningCampaignId(), areaId);
        jdbc.update("update unit set content_area_id = ? where id = ?", areaId, unitId);
        return unitId;
    }

    /**
     * A report of the running campaign written today, for tests that work on reports: a new school of rep1's agency
     * takes part in content area {@code area}, the window of the running campaign's period {@code kind} of
     * {@code year} is moved to today (so use it in a test's own transaction, or a period no other test reads), and
     * rep1 saves a draft with one initiative; {@code submitted} and {@code acceptedWithScore} take it further.
     * Leaves nobody signed in.
     */
    public long report(String unitName, int area, String kind, int year, boolean submitted, String acceptedWithScore) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long period = window(kind, year, today.minusDays(3), today.plusDays(3), today.plusDays(10));
        clear();
        try {
            signIn(users, "rep1");
            vn.mttq.thidua.agency.UnitForm unit = new vn.mttq.thidua.agency.UnitForm();
            unit.setName(unitName);
            unit.setKind(vn.mttq.thidua.agency.UnitKind.SCHOOL);
            unit.setContentAreaId(runningArea(area));
            long unitId = units.register(agencyOf("rep1"), unit.details()).getId();
            vn.mttq.thidua.report.Report draft = reports.start(unitId, period);
            vn.mttq.thidua.report.ReportForm form = new vn.mttq.thidua.report.ReportForm();
            vn.mttq.thidua.report.ReportForm.InitiativeRow row = new vn.mttq.thidua.report.ReportForm.InitiativeRow();
            row.setTitle("Sổ tay thi đua điện tử của " + unitName);
            row.setField("Chuyển đổi số");
            form.getInitiatives().add(row);
            form.setInitiativeRows(1);
            form.setNarrative("Báo cáo kiểm thử");
            form.setVersion(draft.getVersion());
            long id = reports.save(draft.getId(), form.details(), form.getVersion()).getId();
            flush();
            if (submitted || acceptedWithScore != null) {
                reports.submit(id, versionOf("report", id));
                flush();
            }
            if (acceptedWithScore != null) {
                signIn(users, "staff");
                clear();
                vn.mttq.thidua.report.Report toScore = reports.getVisible(id);
                vn.mttq.thidua.report.ScoreForm scores = new vn.mttq.thidua.report.ScoreForm();
                scores.setVersion(toScore.getVersion());
                toScore.getScores().forEach(s -> scores.getStaffScores().put(s.getCriterion().getId(),
                        new java.math.BigDecimal(acceptedWithScore)));
                reports.scoreAndAccept(id, scores.getStaffScores(), scores.getVersion());
                flush();
            }
            clear();
            return id;
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** A unit of the agency that took part in the 2021–2025 campaign's content area 3 only (as one imported would). */
    public long pastUnit(long agencyId, String name) {
        long area = count("select id from content_area where number = 3 and campaign_id = ?", campaignId());
        long unit = jdbc.queryForObject("insert into unit (agency_id, content_area_id, name, kind, search_key) "
                + "values (?, ?, ?, 'SCHOOL', ?) returning id", Long.class, agencyId, area, name, name.toLowerCase());
        jdbc.update("insert into participation (unit_id, campaign_id, content_area_id, registered_by) values (?, ?, ?, 'test')",
                unit, campaignId(), area);
        return unit;
    }

    /** The first campaign, 2021–2025, closed in the demo. */
    public long campaignId() {
        return jdbc.queryForObject("select min(id) from campaign", Long.class);
    }

    public long versionOf(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    public long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    public String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
