package vn.mttq.thidua.criterion;

import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A criterion (tiêu chí) of a content area, with its maximum and bonus points. Criteria form a tree: a group
 * holds criteria, and reports are scored on the criteria that hold no others.
 */
@NamedInterface("api")
@Entity
@Table(name = "criterion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Criterion extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_area_id")
    private ContentArea contentArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Criterion parent;

    private String code;
    private String name;
    @Column(name = "max_points")
    private BigDecimal maxPoints;
    @Column(name = "bonus_points")
    private BigDecimal bonusPoints;
    @Column(name = "sort_order")
    private int sortOrder;

    Criterion(ContentArea contentArea) {
        this.contentArea = contentArea;
    }

    void describe(Criterion parent, String code, String name, BigDecimal maxPoints, BigDecimal bonusPoints, int sortOrder) {
        this.parent = parent;
        this.code = code;
        this.name = name;
        this.maxPoints = maxPoints;
        this.bonusPoints = bonusPoints == null ? BigDecimal.ZERO : bonusPoints;
        this.sortOrder = sortOrder;
    }

    /** The most a report can score on this criterion: its maximum plus its bonus. */
    public BigDecimal ceiling() {
        return maxPoints.add(bonusPoints);
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    @Override
    public String auditType() {
        return "Criterion";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("contentAreaId", contentArea.getId());
        state.put("parentId", getParentId());
        state.put("code", code);
        state.put("name", name);
        state.put("maxPoints", maxPoints);
        state.put("bonusPoints", bonusPoints);
        state.put("sortOrder", sortOrder);
        return state;
    }
}
