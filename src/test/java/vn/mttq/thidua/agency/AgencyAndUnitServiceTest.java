package vn.mttq.thidua.agency;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ThiDuaTest
@Transactional
class AgencyAndUnitServiceTest {

    @Autowired
    private AgencyService agencies;
    @Autowired
    private UnitService units;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static AgencyForm form(String name) {
        AgencyForm form = new AgencyForm();
        form.setKind(AgencyKind.COMMUNE_FRONT);
        form.setName(name);
        form.setShortName("MTTQ xã");
        return form;
    }

    private long contentArea(int number) {
        return fixtures.runningArea(number);
    }

    @Test
    void creatingAndEditingAnAgencyIsAuditedWithBeforeAndAfter() {
        signIn("staff");
        Agency agency = agencies.create(form("Ủy ban MTTQ Việt Nam xã Phú Đông (kiểm thử dịch vụ)").details());
        AgencyForm edit = AgencyForm.of(agency);
        edit.setPhone("0273 3850 000");
        agencies.update(agency.getId(), edit.details(), edit.getVersion());
        fixtures.flush();

        assertThat(fixtures.jdbc().queryForList("select action || ':' || actor from audit_record where entity_type = 'Agency' "
                + "and entity_id = ? order by id", String.class, agency.getId())).containsExactly("CREATE:staff", "UPDATE:staff");
        String before = fixtures.jdbc().queryForObject("select before_state from audit_record where entity_type = 'Agency' "
                + "and entity_id = ? and action = 'UPDATE'", String.class, agency.getId());
        String after = fixtures.jdbc().queryForObject("select after_state from audit_record where entity_type = 'Agency' "
                + "and entity_id = ? and action = 'UPDATE'", String.class, agency.getId());
        assertThat(before).contains("\"phone\":null");
        assertThat(after).contains("\"phone\":\"0273 3850 000\"");
    }

    @Test
    void anAgencyCannotStandBelowItself() {
        signIn("staff");
        Agency district = agencies.create(form("Ủy ban MTTQ huyện thử nghiệm").details());
        AgencyForm commune = form("Ủy ban MTTQ xã thử nghiệm");
        commune.setParentId(district.getId());
        Agency child = agencies.create(commune.details());

        AgencyForm loop = AgencyForm.of(district);
        loop.setParentId(child.getId());
        assertThatThrownBy(() -> agencies.update(district.getId(), loop.details(), loop.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("parentId"));
    }

    @Test
    void aStaleVersionIsAConflict() {
        signIn("staff");
        Agency agency = agencies.create(form("Ủy ban MTTQ xã Phú Thạnh").details());
        AgencyForm first = AgencyForm.of(agency);
        AgencyForm second = AgencyForm.of(agency);
        first.setAddress("Ấp 1");
        agencies.update(agency.getId(), first.details(), first.getVersion());
        fixtures.flush();
        second.setAddress("Ấp 2");
        assertThatThrownBy(() -> agencies.update(agency.getId(), second.details(), second.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        signIn("staff");
        Page<Agency> page = agencies.search("GO CONG DONG", null, null, PageRequest.of(0, 20));
        assertThat(page.getContent()).extracting(Agency::getName).containsExactly("Ủy ban MTTQ Việt Nam huyện Gò Công Đông");
        assertThat(agencies.search("Gò Công", AgencyKind.DISTRICT_FRONT, null, PageRequest.of(0, 20)).getTotalElements()).isEqualTo(3);
        assertThat(agencies.search("100%", null, null, PageRequest.of(0, 20)).getTotalElements()).isZero();
    }

    @Test
    void onlyStaffAndAdminsManageAgencies() {
        signIn("rep1");
        assertThatThrownBy(() -> agencies.create(form("Cơ quan của rep1").details())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agencies.search("", null, null, PageRequest.of(0, 20))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepresentativeRegistersEditsAndWithdrawsTheirUnits() {
        signIn("rep1");
        long agency = fixtures.agencyOf("rep1");
        UnitForm form = new UnitForm();
        form.setName("Trường THPT Trương Định");
        form.setKind(UnitKind.SCHOOL);
        form.setContentAreaId(contentArea(3));
        Unit unit = units.register(agency, form.details());
        assertThat(unit.isActive()).isTrue();

        UnitForm duplicate = new UnitForm();
        duplicate.setName("trường thpt trương định");
        duplicate.setKind(UnitKind.SCHOOL);
        duplicate.setContentAreaId(contentArea(3));
        assertThatThrownBy(() -> units.register(agency, duplicate.details()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("name"));

        UnitForm edit = UnitForm.of(unit);
        edit.setAddress("Thị xã Gò Công");
        units.update(unit.getId(), edit.details(), edit.getVersion());
        fixtures.flush();
        units.withdraw(unit.getId(), "Sáp nhập trường", fixtures.versionOf("unit", unit.getId()));
        fixtures.flush();

        assertThat(fixtures.jdbc().queryForObject("select status from unit where id = ?", String.class, unit.getId()))
                .isEqualTo("WITHDRAWN");
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Unit' and entity_id = ? "
                + "order by id", String.class, unit.getId())).containsExactly("CREATE", "UPDATE", "WITHDRAW");

        long version = fixtures.versionOf("unit", unit.getId());
        assertThatThrownBy(() -> units.withdraw(unit.getId(), "again", version))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("unit.error.withdrawn"));
        UnitForm late = UnitForm.of(units.getVisible(unit.getId()));
        assertThatThrownBy(() -> units.update(unit.getId(), late.details(), late.getVersion())).isInstanceOf(BusinessRuleException.class);

        // the name is free again once the unit has withdrawn
        units.register(agency, duplicate.details());
    }

    @Test
    void aRepresentativeCannotRegisterAUnitForAnotherAgency() {
        signIn("rep1");
        UnitForm form = new UnitForm();
        form.setName("Đơn vị lạ");
        form.setKind(UnitKind.OFFICE);
        form.setContentAreaId(contentArea(1));
        assertThatThrownBy(() -> units.register(fixtures.agencyOf("rep2"), form.details()))
                .isInstanceOf(vn.mttq.thidua.shared.NotFoundException.class);
    }
}
