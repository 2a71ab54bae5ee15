package vn.mttq.thidua.criterion;

import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;

/** What describes a criterion, as the service takes it (from the criterion form, or the demo loader). */
@NamedInterface("api")
public record CriterionDetails(Long contentAreaId, Long parentId, String code, String name, BigDecimal maxPoints,
                               BigDecimal bonusPoints, int sortOrder) {
}
