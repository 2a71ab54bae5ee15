package vn.mttq.thidua.council;

/** The count for one nominee, whether it reaches the quorum, and whether it passes the threshold. */
public record CouncilResult(int yes, int no, int abstain, boolean quorate, boolean passed, boolean fromPaper) {

    public int cast() {
        return yes + no + abstain;
    }
}
