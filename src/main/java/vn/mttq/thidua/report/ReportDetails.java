package vn.mttq.thidua.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a report says, as the service takes it: the narrative, the achieved value by target id and the
 * self-assessed score by criterion id (only those given are written), and the initiatives in order.
 */
public record ReportDetails(String narrative, Map<Long, BigDecimal> achieved, Map<Long, BigDecimal> selfScores,
                            List<InitiativeValues> initiatives) {
}
