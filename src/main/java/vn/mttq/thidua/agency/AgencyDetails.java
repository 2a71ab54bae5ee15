package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/** What describes an agency, as the service takes it (from the agency form, or the demo loader). */
@NamedInterface("api")
public record AgencyDetails(AgencyKind kind, String name, String shortName, Long parentId, Long clusterId,
                            String address, String phone, String email, String contactPerson) {

    /** An agency described by its kind, name and short name only. */
    public static AgencyDetails of(AgencyKind kind, String name, String shortName, Long clusterId, String address) {
        return new AgencyDetails(kind, name, shortName, null, clusterId, address, null, null, null);
    }
}
