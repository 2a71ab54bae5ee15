package vn.mttq.thidua.agency;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** The forms by which staff record a change of an agency, as they send them. */
final class AgencyChangeForms {

    private AgencyChangeForms() {
    }

    /** Renamed from a given day. */
    @Data
    public static class Rename {
        @NotBlank
        @Size(max = 300)
        private String newName;
        @NotNull
        private LocalDate effectiveOn;
        @Size(max = 500)
        private String legalBasis;
    }

    /** Merged into another agency, or dissolved (its work possibly taken over by another). */
    @Data
    public static class End {
        @NotNull
        private AgencyStatus how;
        private Long successorId;
        /** From when (named apart from the rename form's field, both forms being on one page). */
        @NotNull
        private LocalDate endedOn;
        @Size(max = 500)
        private String basis;
        private boolean moveRepresentatives = true;
    }

    /**
     * Split into several agencies: the successors (at least two), the one each unit moves to (none: withdrawn),
     * and the one the representatives move to (none: disabled). Field names apart from the other forms'.
     */
    @Data
    public static class Split {
        private java.util.List<Long> successorIds = new java.util.ArrayList<>();
        private java.util.Map<Long, Long> unitTo = new java.util.HashMap<>();
        private Long representativesTo;
        @NotNull
        private LocalDate splitOn;
        @Size(max = 500)
        private String splitBasis;
    }
}
