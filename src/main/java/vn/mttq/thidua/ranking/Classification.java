package vn.mttq.thidua.ranking;

import java.math.BigDecimal;
import java.util.List;

/** Classifies a score by the levels in force: the first level (highest first) whose minimum it reaches. */
record Classification(List<ClassificationLevel> levels) {

    ClassificationLevel of(BigDecimal score) {
        if (score == null) {
            return null;
        }
        return levels.stream().filter(l -> score.compareTo(l.getMinScore()) >= 0).findFirst()
                .orElse(levels.isEmpty() ? null : levels.get(levels.size() - 1));
    }
}
