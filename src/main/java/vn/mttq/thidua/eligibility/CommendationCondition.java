package vn.mttq.thidua.eligibility;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks.Kind;
import vn.mttq.thidua.commendation.EligibilityChecks.Scope;

/**
 * A condition of a form of commendation for collectives or for individuals, as data (V35, V38) the admin keeps: of
 * kind TITLES, one of its titles in {@code years} years up to the year the achievement covers — consecutive, or within
 * {@code withinYears}; of kind INITIATIVES, {@code initiatives} initiatives recognised at {@code initiativeScope} or
 * higher in those years; of kind PRIOR_FORM, a commendation by {@code priorFormId} decided here in them — and the legal
 * article (or the Front's own criteria) it comes from. The conditions of one alternative must all be met.
 */
@Entity
@Table(name = "commendation_condition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CommendationCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "form_id")
    private Long formId;
    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type")
    private NomineeType nomineeType;
    private int alternative;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private int years;
    private boolean consecutive;
    @Column(name = "within_years")
    private Integer withinYears;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Column(name = "set_by_front")
    private boolean setByFront;
    @Column(name = "sort_order")
    private int sortOrder;
    private Integer initiatives;
    @Enumerated(EnumType.STRING)
    @Column(name = "initiative_scope")
    private Scope initiativeScope;
    @Column(name = "prior_form_id")
    private Long priorFormId;
    @Version
    private long version;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "commendation_condition_title", joinColumns = @JoinColumn(name = "condition_id"),
            inverseJoinColumns = @JoinColumn(name = "title_id"))
    @OrderBy("sortOrder")
    private Set<EmulationTitle> titles = new LinkedHashSet<>();

    CommendationCondition(Long formId, NomineeType nomineeType, Kind kind) {
        this.formId = formId;
        this.nomineeType = nomineeType;
        this.kind = kind;
        this.consecutive = true;
    }

    /** What the admin set: the alternative, the years and, by kind, the titles, the initiatives or the earlier form. */
    void describe(int alternative, int years, boolean consecutive, Integer withinYears, Set<EmulationTitle> titles,
                  Integer initiatives, Scope scope, Long priorFormId, String legalBasis, boolean setByFront, int sortOrder) {
        this.alternative = alternative;
        this.years = years;
        this.consecutive = kind != Kind.TITLES || consecutive;
        this.withinYears = this.consecutive ? null : withinYears;
        this.titles.clear();
        if (kind == Kind.TITLES) {
            this.titles.addAll(titles);
        }
        this.initiatives = kind == Kind.INITIATIVES ? initiatives : null;
        this.initiativeScope = kind == Kind.INITIATIVES ? scope : null;
        this.priorFormId = kind == Kind.PRIOR_FORM ? priorFormId : null;
        this.legalBasis = legalBasis;
        this.setByFront = setByFront;
        this.sortOrder = sortOrder;
    }

    /** The first year of the years looked at, for an achievement of {@code year}. */
    int firstYear(int year) {
        return year - (consecutive ? years : withinYears) + 1;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("formId", formId);
        state.put("nomineeType", nomineeType);
        state.put("alternative", alternative);
        state.put("kind", kind);
        state.put("years", years);
        state.put("consecutive", consecutive);
        state.put("withinYears", withinYears);
        state.put("titles", titles.stream().map(EmulationTitle::getCode).toList());
        state.put("initiatives", initiatives);
        state.put("initiativeScope", initiativeScope);
        state.put("priorFormId", priorFormId);
        state.put("legalBasis", legalBasis);
        state.put("setByFront", setByFront);
        return state;
    }
}
