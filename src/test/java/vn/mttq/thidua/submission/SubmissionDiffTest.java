package vn.mttq.thidua.submission;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionDiffTest {

    @Test
    void listsWhatChangedWasAddedOrRemoved() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("titleAimed", "ADVANCED_LABOUR_COLLECTIVE");
        before.put("target:1", "A: 85 %");
        before.put("target:2", "B: 3 đề tài");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("titleAimed", "ADVANCED_LABOUR_COLLECTIVE");
        after.put("target:1", "A: 90 %");
        after.put("target:3", "C: 1 mô hình");
        assertThat(SubmissionLog.diff(before, after)).containsExactly(
                new Change("target:1", "A: 85 %", "A: 90 %"),
                new Change("target:2", "B: 3 đề tài", null),
                new Change("target:3", null, "C: 1 mô hình"));
        Change change = new Change("target:3", null, "x");
        assertThat(change.labelKey()).isEqualTo("snapshot.target");
        assertThat(change.labelArgument()).isEqualTo("3");
        assertThat(new Change("narrative", "a", "b").labelKey()).isEqualTo("snapshot.narrative");
    }
}
