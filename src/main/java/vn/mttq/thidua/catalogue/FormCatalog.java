package vn.mttq.thidua.catalogue;

import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/** The catalogue of forms of commendation: admins add forms and retire those no longer awarded. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class FormCatalog {

    private final FormOfCommendationRepository forms;
    private final AuditLog auditLog;

    FormCatalog(FormOfCommendationRepository forms, AuditLog auditLog) {
        this.forms = forms;
        this.auditLog = auditLog;
    }

    public List<FormOfCommendation> all() {
        return forms.findAllByOrderBySortOrderAscIdAsc();
    }

    public List<FormOfCommendation> active() {
        return forms.findByActiveTrueOrderBySortOrderAscIdAsc();
    }

    public java.util.Optional<FormOfCommendation> find(Long id) {
        return id == null ? java.util.Optional.empty() : forms.findById(id);
    }

    public FormOfCommendation get(Long id) {
        return forms.findById(id).orElseThrow(() -> new NotFoundException("FormOfCommendation", id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public FormOfCommendation add(String code, String name, String nameEn, Recipient recipient, Authority authority) {
        if (forms.existsByCodeIgnoreCase(code.trim())) {
            throw BusinessRuleException.onField("code", "form.error.codeTaken");
        }
        FormOfCommendation form = forms.save(new FormOfCommendation(code.trim(), name.trim(),
                nameEn == null || nameEn.isBlank() ? null : nameEn.trim(), recipient, authority, all().size() + 1));
        auditLog.created(form);
        return form;
    }

    /** The council's yes votes a form needs, as a share of the council's members (none: the session's threshold). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public FormOfCommendation setVoteThreshold(Long id, Integer percent, Long version) {
        FormOfCommendation form = get(id);
        vn.mttq.thidua.shared.Versions.check(FormOfCommendation.class, id, form.getVersion(), version);
        if (percent != null && (percent < 1 || percent > 100)) {
            throw BusinessRuleException.onField("votePercent", "form.error.votePercent");
        }
        Map<String, Object> before = form.auditState();
        form.setVoteThresholdPercent(percent);
        auditLog.changed("UPDATE", form, before);
        return form;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(Long id, boolean active) {
        FormOfCommendation form = get(id);
        Map<String, Object> before = form.auditState();
        form.setActive(active);
        auditLog.changed(active ? "RESTORE" : "RETIRE", form, before);
    }
}
