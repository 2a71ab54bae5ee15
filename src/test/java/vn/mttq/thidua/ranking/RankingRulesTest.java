package vn.mttq.thidua.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import vn.mttq.thidua.pledge.PledgeTarget;
import vn.mttq.thidua.report.Report;

import static org.assertj.core.api.Assertions.assertThat;

class RankingRulesTest {

    private static ClassificationLevel level(String code, String min) {
        ClassificationLevel level = BeanUtils.instantiateClass(ClassificationLevel.class);
        ReflectionTestUtils.setField(level, "code", code);
        ReflectionTestUtils.setField(level, "minScore", new BigDecimal(min));
        return level;
    }

    private static Report scored(String score) {
        Report report = BeanUtils.instantiateClass(Report.class);
        ReflectionTestUtils.setField(report, "totalScore", new BigDecimal(score));
        Object names = BeanUtils.instantiateClass(vn.mttq.thidua.agency.NamesOfRecord.class);
        ReflectionTestUtils.setField(report, "names", names);
        ReflectionTestUtils.setField(names, "unitName", "Đơn vị " + score);
        ReflectionTestUtils.setField(names, "agencyName", "Cơ quan kiểm thử");
        return report;
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
    void equalScoresShareARankAndTheNextRankSkips() {
        List<RankingRow> rows = RankingService.rank(List.of(scored("95"), scored("88.5"), scored("88.50"), scored("70")), LEVELS);
        assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 2, 2, 4);
        assertThat(rows).extracting(row -> row.level().getCode()).containsExactly("EXCELLENT", "GOOD", "GOOD", "FAIR");
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
