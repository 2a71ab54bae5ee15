package vn.mttq.thidua.period;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTest {

    private static final LocalDate OPENS = LocalDate.of(2024, 11, 15);
    private static final LocalDate DUE = LocalDate.of(2024, 12, 15);
    private static final LocalDate CLOSES = LocalDate.of(2025, 1, 15);

    private static ReportingPeriod period() {
        ReportingPeriod period = org.springframework.beans.BeanUtils.instantiateClass(ReportingPeriod.class);
        ReflectionTestUtils.setField(period, "opensOn", OPENS);
        ReflectionTestUtils.setField(period, "dueOn", DUE);
        ReflectionTestUtils.setField(period, "closesOn", CLOSES);
        return period;
    }

    @Test
    void phaseFollowsTheThreeDatesInclusively() {
        ReportingPeriod period = period();
        assertThat(period.phaseOn(OPENS.minusDays(1))).isEqualTo(PeriodPhase.UPCOMING);
        assertThat(period.phaseOn(OPENS)).isEqualTo(PeriodPhase.OPEN);
        assertThat(period.phaseOn(DUE)).isEqualTo(PeriodPhase.OPEN);
        assertThat(period.phaseOn(DUE.plusDays(1))).isEqualTo(PeriodPhase.LATE);
        assertThat(period.phaseOn(CLOSES)).isEqualTo(PeriodPhase.LATE);
        assertThat(period.phaseOn(CLOSES.plusDays(1))).isEqualTo(PeriodPhase.CLOSED);
    }

    @Test
    void rescheduleKeepsTheDatesInOrder() {
        ReportingPeriod period = period();
        assertThatThrownBy(() -> period.reschedule(DUE, OPENS, CLOSES, Instant.now()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getField()).isEqualTo("dueOn");
                    assertThat(e.getMessageKey()).isEqualTo("period.error.dueBeforeOpening");
                });
        assertThatThrownBy(() -> period.reschedule(OPENS, CLOSES, DUE, Instant.now()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("closesOn"));
        assertThat(period.getDueOn()).isEqualTo(DUE);

        period.reschedule(OPENS, OPENS, OPENS, Instant.now());
        assertThat(period.phaseOn(OPENS)).isEqualTo(PeriodPhase.OPEN);
        assertThat(period.phaseOn(OPENS.plusDays(1))).isEqualTo(PeriodPhase.CLOSED);
    }
}
