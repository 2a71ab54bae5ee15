package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The names a unit and its agency had when something was handed in for them (a report, a pledge): what the record
 * shows from then on, whatever becomes of the unit or its agency — renamed, moved, merged. Until it is handed in,
 * the record shows today's names. Hibernate loads an embeddable whose columns are all null as null, so the record's
 * names are read through the static methods, which take that null for "nothing kept yet".
 */
@NamedInterface("api")
@Embeddable
public class NamesOfRecord {

    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "agency_name")
    private String agencyName;

    protected NamesOfRecord() {
    }

    /** The unit's and its agency's names as they are now. */
    public static NamesOfRecord of(Unit unit) {
        NamesOfRecord names = new NamesOfRecord();
        names.unitName = unit.getName();
        names.agencyName = unit.getAgency().getName();
        return names;
    }

    /** The unit's name as the record shows it: as it was when handed in, or today's. */
    public static String unitName(NamesOfRecord kept, Unit unit) {
        return kept != null && kept.unitName != null ? kept.unitName : unit.getName();
    }

    /** Its agency's name as the record shows it: as it was when handed in, or today's. */
    public static String agencyName(NamesOfRecord kept, Unit unit) {
        return kept != null && kept.agencyName != null ? kept.agencyName : unit.getAgency().getName();
    }

    /** Every name a record is found by: today's, and those kept when it was handed in. */
    public static String searchKey(NamesOfRecord kept, Unit unit) {
        return vn.mttq.thidua.shared.SearchText.key(unit.getName(), unit.getAgency().getName(),
                kept == null ? null : kept.unitName, kept == null ? null : kept.agencyName);
    }
}
