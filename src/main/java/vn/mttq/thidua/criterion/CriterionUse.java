package vn.mttq.thidua.criterion;

import org.springframework.modulith.NamedInterface;

/**
 * Whether criteria are in use by reports — asked of the module that keeps reports (which implements this), so that
 * the criteria never read another module's tables: a scored criterion stays, and an area whose criteria units have
 * reported on keeps its numbering.
 */
@NamedInterface("api")
public interface CriterionUse {

    /** Whether a report was scored on the criterion. */
    boolean isScored(Long criterionId);

    /** Whether units have handed in reports in the content area (a draft does not count). */
    boolean isReportedIn(Long contentAreaId);
}
