package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * What an agency change will do — or, for a revert, undo — as its confirmation page shows it: the units it moves (to
 * which successor) and those it withdraws (or gives back), how many representatives' accounts it moves and disables
 * (or gives back), a refusal when it cannot be taken, and the seal of the page's form.
 */
@NamedInterface("api")
public record AgencyChangePreview(Agency agency, List<UnitMove> units, long representativesMoved,
                                  long representativesDisabled, String refusal, String confirmation) {

    /** One unit: where it goes (null: withdrawn, or for a revert given back to its agency). */
    public record UnitMove(Long unitId, String unitName, String to) {
    }

    public long unitsMoved() {
        return units.stream().filter(u -> u.to() != null).count();
    }

    public long unitsWithdrawn() {
        return units.stream().filter(u -> u.to() == null).count();
    }
}
