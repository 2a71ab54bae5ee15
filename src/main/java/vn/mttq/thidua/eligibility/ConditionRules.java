package vn.mttq.thidua.eligibility;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.catalogue.FormCatalog;
import vn.mttq.thidua.catalogue.FormOfCommendation;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * The conditions of the forms of commendation, as the admin keeps them: read by everyone signed in, added and removed
 * by an admin, each change audited. A condition is checked as written when it is saved: its kind's parts are there,
 * its titles are for its kind of nominee, its earlier form is another form.
 */
@Service
@Transactional(readOnly = true)
class ConditionRules {

    private final CommendationConditionRepository conditions;
    private final EmulationTitleRepository titles;
    private final FormCatalog forms;
    private final AuditLog auditLog;

    ConditionRules(CommendationConditionRepository conditions, EmulationTitleRepository titles, FormCatalog forms,
                   AuditLog auditLog) {
        this.conditions = conditions;
        this.titles = titles;
        this.forms = forms;
        this.auditLog = auditLog;
    }

    FormOfCommendation form(Long formId) {
        return forms.get(formId);
    }

    /** The conditions of a form, for collectives then individuals, by alternative and order. */
    List<CommendationCondition> of(FormOfCommendation form) {
        return conditions.findAllOfForm(form.getId());
    }

    List<EmulationTitle> titles() {
        return titles.findAllByOrderBySortOrder();
    }

    List<FormOfCommendation> otherForms(FormOfCommendation form) {
        return forms.all().stream().filter(f -> !f.getId().equals(form.getId())).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    CommendationCondition add(Long formId, ConditionForm f) {
        FormOfCommendation form = forms.get(formId);
        if (!form.getRecipient().accepts(f.getNomineeType())) {
            throw BusinessRuleException.onField("nomineeType", "condition.error.recipient");
        }
        Set<EmulationTitle> chosen = new LinkedHashSet<>();
        switch (f.getKind()) {
            case TITLES -> {
                if (f.getTitleIds().isEmpty()) {
                    throw BusinessRuleException.onField("titleIds", "condition.error.titles");
                }
                for (Long id : f.getTitleIds()) {
                    chosen.add(titles.findById(id).filter(t -> t.getRecipient().accepts(f.getNomineeType()))
                            .orElseThrow(() -> BusinessRuleException.onField("titleIds", "condition.error.titleRecipient")));
                }
                if (!f.isConsecutive() && (f.getWithinYears() == null || f.getWithinYears() < f.getYears())) {
                    throw BusinessRuleException.onField("withinYears", "condition.error.within");
                }
            }
            case INITIATIVES -> {
                if (f.getInitiatives() == null || f.getScope() == null) {
                    throw BusinessRuleException.onField("initiatives", "condition.error.initiatives");
                }
            }
            case PRIOR_FORM -> {
                if (f.getPriorFormId() == null || f.getPriorFormId().equals(formId) || forms.find(f.getPriorFormId()).isEmpty()) {
                    throw BusinessRuleException.onField("priorFormId", "condition.error.priorForm");
                }
            }
        }
        CommendationCondition condition = new CommendationCondition(formId, f.getNomineeType(), f.getKind());
        int order = (int) conditions.findAllOfForm(formId).stream().filter(c -> c.getAlternative() == f.getAlternative()).count() + 1;
        condition.describe(f.getAlternative(), f.getYears(), f.isConsecutive(), f.getWithinYears(), chosen, f.getInitiatives(),
                f.getScope(), f.getPriorFormId(), f.getLegalBasis().strip(), f.isSetByFront(), order);
        conditions.save(condition);
        auditLog.record("CREATE", "CommendationCondition", condition.getId(), form.getCode(), null, condition.auditState());
        return condition;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    CommendationCondition remove(Long formId, Long conditionId) {
        CommendationCondition condition = conditions.findById(conditionId).filter(c -> c.getFormId().equals(formId))
                .orElseThrow(() -> new NotFoundException("CommendationCondition", conditionId));
        Map<String, Object> before = condition.auditState();
        conditions.delete(condition);
        auditLog.record("DELETE", "CommendationCondition", conditionId, forms.get(formId).getCode(), before, null);
        return condition;
    }
}
