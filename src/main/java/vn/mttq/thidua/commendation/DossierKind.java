package vn.mttq.thidua.commendation;

import java.util.EnumSet;
import java.util.Set;

/** The papers of a nomination dossier; the first three are required before the council. */
public enum DossierKind {
    COVER_SUBMISSION, MEETING_MINUTES, ACHIEVEMENT_REPORT, OTHER;

    public static final Set<DossierKind> REQUIRED = EnumSet.of(COVER_SUBMISSION, MEETING_MINUTES, ACHIEVEMENT_REPORT);

    /** The required papers a dossier does not hold yet. */
    public static Set<DossierKind> missingFrom(java.util.Collection<DossierFile> dossier) {
        Set<DossierKind> missing = EnumSet.copyOf(REQUIRED);
        dossier.forEach(f -> missing.remove(f.getKind()));
        return missing;
    }
}
