package vn.mttq.thidua.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A person who may be nominated: who they are, and where they work today (the unit and position of their open
 * placement, kept here so that a query finds a person's agency in one join).
 */
@Entity
@Table(name = "person")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Person extends TrackedEntity implements Audited {

    @Column(name = "full_name")
    private String fullName;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "birth_year")
    private int birthYear;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String position;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Column(name = "search_key")
    private String searchKey;

    Person(Unit unit, String fullName, LocalDate birthDate, Integer birthYear, Gender gender, String position) {
        this.unit = unit;
        describe(fullName, birthDate, birthYear, gender, position);
    }

    /** Who the person is: a birth date gives the year; without one, the year alone (as an earlier nomination had it). */
    void describe(String fullName, LocalDate birthDate, Integer birthYear, Gender gender, String position) {
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.birthYear = birthDate != null ? birthDate.getYear() : birthYear;
        this.gender = gender;
        this.position = position;
    }

    /** Today's unit and position, after a move (the placements keep the history). */
    void placeIn(Unit unit, String position) {
        this.unit = unit;
        this.position = position;
    }

    @Override
    protected void beforeSave() {
        searchKey = SearchText.key(fullName, position);
    }

    @Override
    public String auditType() {
        return "Person";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fullName", fullName);
        state.put("birthDate", birthDate);
        state.put("birthYear", birthYear);
        state.put("gender", gender);
        state.put("position", position);
        state.put("unitId", unit.getId());
        return state;
    }
}
