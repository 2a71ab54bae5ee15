package vn.mttq.thidua.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/**
 * A report as its edit form sends it: achieved values by target id, self-assessed scores by criterion id, and
 * initiative rows that the form can add and remove without script.
 */
@Data
public class ReportForm {

    @Size(max = 20000)
    private String narrative;
    private Map<Long, @DecimalMin("0") @DecimalMax("999999999999") BigDecimal> achieved = new HashMap<>();
    private Map<Long, @DecimalMin("0") @DecimalMax("1000") BigDecimal> selfScores = new HashMap<>();
    @Valid
    @Size(max = Report.MAX_INITIATIVES)
    private List<InitiativeRow> initiatives = new ArrayList<>();
    /** How many initiative rows the page showed: a post that carries fewer arrived incomplete. */
    private Integer initiativeRows;
    private Long version;

    @Data
    public static class InitiativeRow {
        @NotBlank
        @Size(max = 300)
        private String title;
        @NotBlank
        @Size(max = 200)
        private String field;
        @Size(max = 5000)
        private String description;
        @Size(max = 5000)
        private String benefit;
        @Size(max = 300)
        private String recognisedBy;
    }

    /** What the form says, for the service. */
    public ReportDetails details() {
        return new ReportDetails(narrative, achieved, selfScores, initiativeValues());
    }

    List<InitiativeValues> initiativeValues() {
        return initiatives.stream().map(i -> new InitiativeValues(i.getTitle().trim(), i.getField().trim(),
                blankToNull(i.getDescription()), blankToNull(i.getBenefit()), blankToNull(i.getRecognisedBy()))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static ReportForm of(Report report) {
        ReportForm form = new ReportForm();
        form.setNarrative(report.getNarrative());
        report.getAchievements().forEach(a -> form.getAchieved().put(a.getTarget().getId(), a.getAchievedValue()));
        report.getScores().forEach(s -> form.getSelfScores().put(s.getCriterion().getId(), s.getSelfScore()));
        for (Initiative i : report.getInitiatives()) {
            InitiativeRow row = new InitiativeRow();
            row.setTitle(i.getTitle());
            row.setField(i.getField());
            row.setDescription(i.getDescription());
            row.setBenefit(i.getBenefit());
            row.setRecognisedBy(i.getRecognisedBy());
            form.getInitiatives().add(row);
        }
        form.setVersion(report.getVersion());
        return form;
    }
}
