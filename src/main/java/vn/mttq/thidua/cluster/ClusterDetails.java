package vn.mttq.thidua.cluster;

import java.time.LocalDate;
import java.util.List;

/** A cluster of a year as staff set it up: what the service takes. */
record ClusterDetails(int year, String name, ClusterKind kind, List<Long> memberIds, Long headId, Long deputyId,
                      String decisionNumber, LocalDate decisionDate) {
}
