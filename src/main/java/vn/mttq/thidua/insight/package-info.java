/**
 * Seeing the campaign as a whole: the dashboard with its charts, the consolidated report of a period, the statistics
 * of commendations and the exports behind them.
 * <p>
 * Its figures are computed in SQL by {@link vn.mttq.thidua.insight.InsightQueries} — grouped read-only queries over
 * the tables of participation, reports, pledges and nominations, never entities loaded into memory. It writes
 * nothing.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "campaign::api", "period::api", "security", "shared", "web"})
package vn.mttq.thidua.insight;

import org.springframework.modulith.ApplicationModule;
