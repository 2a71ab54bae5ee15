package vn.mttq.thidua.person;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** A hold on a person, as other modules read it. */
@NamedInterface("api")
public record HoldRecord(Long id, HoldKind kind, LocalDate fromDate, LocalDate untilDate, String reason) {
}
