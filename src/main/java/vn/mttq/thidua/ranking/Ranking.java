package vn.mttq.thidua.ranking;

import java.util.List;

import org.springframework.data.domain.Page;

/** A page of a ranking and the classification levels it was classified by (highest first). */
public record Ranking(Page<RankingRow> rows, List<ClassificationLevel> levels) {
}
