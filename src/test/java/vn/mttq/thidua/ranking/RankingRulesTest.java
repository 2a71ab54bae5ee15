package vn.mttq.thidua.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import vn.mttq.thidua.pledge.PledgeTarget;

import static org.assertj.core.api.Assertions.assertThat;

class RankingRulesTest {

    private static ClassificationLevel level(String code, String min) {
        ClassificationLevel level = BeanUtils.instantiateClass(ClassificationLevel.class);
        ReflectionTestUtils.setField(level, "code", code);
        ReflectionTestUtils.setField(level, "minScore", new BigDecimal(min));
        return level;
    }

    private static final Classification LEVELS = new Classification(List.of(
            level("EXCELLENT", "90"), level("GOOD", "75"), level("FAIR", "60"), level("AVERAGE", "0")));

    @Test
    void theThresholdsAreInclusiveLowerBounds() {
        assertThat(LEVELS.of(new BigDecimal("100")).getCode()).isEqualTo("EXCELLENT");
        assertThat(LEVELS.of(new BigDecimal("90.00")).getCode()).isEqualTo("EXCELLENT");
        assertThat(LEVELS.of(new BigDecimal("89.99")).getCode()).isEqualTo("GOOD");
        assertThat(LEVELS.of(new BigDecimal("75")).getCode()).isEqualTo("GOOD");
        assertThat(LEVELS.of(new BigDecimal("60")).getCode()).isEqualTo("FAIR");
        assertThat(LEVELS.of(new BigDecimal("59.5")).getCode()).isEqualTo("AVERAGE");
        assertThat(LEVELS.of(BigDecimal.ZERO).getCode()).isEqualTo("AVERAGE");
        assertThat(LEVELS.of(null)).isNull();
    }

    @Test
    void percentageAchievedHasOneDecimal() {
        PledgeTarget target = BeanUtils.instantiateClass(PledgeTarget.class);
        ReflectionTestUtils.setField(target, "targetValue", new BigDecimal("85"));
        assertThat(target.percentAchieved(new BigDecimal("88.5"))).isEqualByComparingTo("104.1");
        assertThat(target.percentAchieved(new BigDecimal("85"))).isEqualByComparingTo("100.0");
        assertThat(target.percentAchieved(BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThat(target.percentAchieved(null)).isNull();
        ReflectionTestUtils.setField(target, "targetValue", BigDecimal.ZERO);
        assertThat(target.percentAchieved(BigDecimal.ONE)).isNull();
    }
}
