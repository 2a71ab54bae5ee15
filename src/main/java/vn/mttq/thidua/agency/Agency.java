package vn.mttq.thidua.agency;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.TrackedEntity;

/** A participating agency (cơ quan, đơn vị tham gia): a department, member organisation, Front committee… */
@Entity
@Table(name = "agency")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Agency extends TrackedEntity implements Audited {


    @Enumerated(EnumType.STRING)
    private AgencyKind kind;
    private String name;
    @Column(name = "short_name")
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cluster_id")
    private EmulationCluster cluster;

    private String address;
    private String phone;
    private String email;
    @Column(name = "contact_person")
    private String contactPerson;
    @Column(name = "search_key")
    private String searchKey;

    public Agency(AgencyKind kind, String name, String shortName) {
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
    }

    void describe(AgencyKind kind, String name, String shortName, Agency parent, EmulationCluster cluster) {
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
        this.parent = parent;
        this.cluster = cluster;
    }

    void contact(String address, String phone, String email, String contactPerson) {
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.contactPerson = contactPerson;
    }

    /** True if {@code candidate} is this agency or stands below it: it cannot become this agency's parent. */
    boolean isAncestorOf(Agency candidate) {
        for (Agency a = candidate; a != null; a = a.getParent()) {
            if (a == this || (getId() != null && getId().equals(a.getId()))) {
                return true;
            }
        }
        return false;
    }

    public String getDisplayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    @Override
    protected void beforeSave() {
        searchKey = SearchText.key(name, shortName);
    }

    @Override
    public String auditType() {
        return "Agency";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("name", name);
        state.put("shortName", shortName);
        state.put("parentId", parent == null ? null : parent.getId());
        state.put("clusterId", cluster == null ? null : cluster.getId());
        state.put("address", address);
        state.put("phone", phone);
        state.put("email", email);
        state.put("contactPerson", contactPerson);
        return state;
    }
}
