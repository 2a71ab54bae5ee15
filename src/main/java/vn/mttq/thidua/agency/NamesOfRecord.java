package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The names a unit and its agency had when something was handed in for them (a report, a pledge): what the record
 * shows from then on, whatever becomes of the unit or its agency — renamed, moved, merged. Until it is handed in,
 * the record shows today's names.
 */
@NamedInterface("api")
@Embeddable
public class NamesOfRecord {

    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "agency_name")
    private String agencyName;

    /** Takes the unit's and its agency's names as they are now. */
    public void record(Unit unit) {
        unitName = unit.getName();
        agencyName = unit.getAgency().getName();
    }

    /** The unit's name as the record shows it: as it was when handed in, or today's. */
    public String unitName(Unit unit) {
        return unitName != null ? unitName : unit.getName();
    }

    /** Its agency's name as the record shows it: as it was when handed in, or today's. */
    public String agencyName(Unit unit) {
        return agencyName != null ? agencyName : unit.getAgency().getName();
    }

    /** The names kept (null until handed in), for a search key that finds the record by them too. */
    public String[] kept() {
        return new String[] {unitName, agencyName};
    }
}
