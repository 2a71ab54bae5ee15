package vn.mttq.thidua.commendation;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/** The catalogue of forms of commendation: admins add forms and retire those no longer awarded. */
@Service
@Transactional(readOnly = true)
public class FormCatalog {

    private final CommendationFormRepository forms;
    private final AuditLog auditLog;

    FormCatalog(CommendationFormRepository forms, AuditLog auditLog) {
        this.forms = forms;
        this.auditLog = auditLog;
    }

    public List<CommendationForm> all() {
        return forms.findAllByOrderBySortOrderAscIdAsc();
    }

    public List<CommendationForm> active() {
        return forms.findByActiveTrueOrderBySortOrderAscIdAsc();
    }

    public java.util.Optional<CommendationForm> find(Long id) {
        return id == null ? java.util.Optional.empty() : forms.findById(id);
    }

    public CommendationForm get(Long id) {
        return forms.findById(id).orElseThrow(() -> new NotFoundException("CommendationForm", id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CommendationForm add(String code, String name, String nameEn, Recipient recipient, Authority authority) {
        if (forms.existsByCodeIgnoreCase(code.trim())) {
            throw BusinessRuleException.onField("code", "form.error.codeTaken");
        }
        CommendationForm form = forms.save(new CommendationForm(code.trim(), name.trim(),
                nameEn == null || nameEn.isBlank() ? null : nameEn.trim(), recipient, authority, all().size() + 1));
        auditLog.created(form);
        return form;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(Long id, boolean active) {
        CommendationForm form = get(id);
        Map<String, Object> before = form.auditState();
        form.setActive(active);
        auditLog.changed(active ? "RESTORE" : "RETIRE", form, before);
    }
}
