package vn.mttq.thidua.council;

/**
 * The count for one nominee, whether it reaches the quorum, and whether it passes: the yes votes it needed (the
 * session's threshold, or the share of the council its form asks for, {@code formPercent}, when that is more).
 */
public record CouncilResult(int yes, int no, int abstain, boolean quorate, boolean passed, boolean fromPaper, int needed,
                            Integer formPercent) {

    public int cast() {
        return yes + no + abstain;
    }
}
