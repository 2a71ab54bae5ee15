package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/** What describes a unit, as the service takes it (from the unit form, or the demo loader). */
@NamedInterface("api")
public record UnitDetails(String name, Long contentAreaId, UnitKind kind, String address, String contactName,
                          String contactPhone, String contactEmail) {

    /** A unit described by its name, content area, kind and address only. */
    public static UnitDetails of(String name, Long contentAreaId, UnitKind kind, String address) {
        return new UnitDetails(name, contentAreaId, kind, address, null, null, null);
    }
}
