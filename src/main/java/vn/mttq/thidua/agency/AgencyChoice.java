package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/** An agency as one choice of a filter: its id and the name it is shown by (the short name, else the name). */
@NamedInterface("api")
public record AgencyChoice(Long id, String displayName) {
}
