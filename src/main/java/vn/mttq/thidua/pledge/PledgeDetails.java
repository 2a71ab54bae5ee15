package vn.mttq.thidua.pledge;

import java.util.List;

/** What a pledge says, as the service takes it: the title aimed for, the signatory, the targets in order. */
public record PledgeDetails(EmulationTitle titleAimed, String signatoryName, String signatoryPosition,
                            List<TargetValues> targets) {
}
