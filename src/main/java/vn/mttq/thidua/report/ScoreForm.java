package vn.mttq.thidua.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import lombok.Data;

/** Staff scores per criterion id. */
@Data
public class ScoreForm {

    private Map<Long, @DecimalMin("0") @DecimalMax("1000") BigDecimal> staffScores = new HashMap<>();
    private Long version;

    static ScoreForm of(Report report) {
        ScoreForm form = new ScoreForm();
        report.getScores().forEach(s -> form.getStaffScores().put(s.getCriterion().getId(), s.getStaffScore()));
        form.setVersion(report.getVersion());
        return form;
    }
}
