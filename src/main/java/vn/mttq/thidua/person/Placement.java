package vn.mttq.thidua.person;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.agency.Unit;

/** A span of a person's work in a unit: from a date (unknown for one drawn from an earlier nomination) until a date, or open. */
@Entity
@Table(name = "person_placement")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "person_id")
    private Long personId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    private String position;
    @Column(name = "from_date")
    private LocalDate fromDate;
    @Column(name = "until_date")
    private LocalDate untilDate;
    private String note;

    Placement(Long personId, Unit unit, String position, LocalDate fromDate, String note) {
        this.personId = personId;
        this.unit = unit;
        this.position = position;
        this.fromDate = fromDate;
        this.note = note;
    }

    boolean isOpen() {
        return untilDate == null;
    }

    /** Ends the placement the day before the next begins. */
    void endBefore(LocalDate next) {
        this.untilDate = next.minusDays(1);
    }
}
