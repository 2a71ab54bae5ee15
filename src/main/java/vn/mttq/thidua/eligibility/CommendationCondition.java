package vn.mttq.thidua.eligibility;

import java.util.LinkedHashSet;
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

/**
 * A condition of a form of commendation for collectives or for individuals, as data (V35): one of its titles in
 * {@code years} years up to the year the achievement covers — consecutive, or within {@code withinYears} — and the
 * legal article (or the Front's own criteria) it comes from. The conditions of one alternative must all be met. Its
 * kind (a column) is TITLES, the only one yet.
 */
@Entity
@Table(name = "commendation_condition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CommendationCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "form_id")
    private Long formId;
    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type")
    private NomineeType nomineeType;
    private int alternative;
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
    @Version
    private long version;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "commendation_condition_title", joinColumns = @JoinColumn(name = "condition_id"),
            inverseJoinColumns = @JoinColumn(name = "title_id"))
    @OrderBy("sortOrder")
    private Set<EmulationTitle> titles = new LinkedHashSet<>();

    /** The first year of the years looked at, for an achievement of {@code year}. */
    int firstYear(int year) {
        return year - (consecutive ? years : withinYears) + 1;
    }
}
