package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

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
@NamedInterface("api")
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
    @Enumerated(EnumType.STRING)
    private AgencyStatus status = AgencyStatus.ACTIVE;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Agency successor;
    @Column(name = "ended_on")
    private java.time.LocalDate endedOn;
    /** The names it had, one per line: its own before a rename, and those of the agencies it succeeded. */
    @Column(name = "former_names")
    private String formerNames;

    public Agency(AgencyKind kind, String name, String shortName) {
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
    }

    /** Its description; an ended agency's only as an admin's correction (the service holds the others to active). */
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

    public boolean isActive() {
        return status == AgencyStatus.ACTIVE;
    }

    void requireActive() {
        if (!isActive()) {
            throw new vn.mttq.thidua.shared.BusinessRuleException("agency.error.ended");
        }
    }

    /** A new name from a day on; the old one stays on the records of its time and in the agency's changes. */
    void rename(String newName) {
        requireActive();
        this.name = newName;
    }

    /** Merged into {@code successor}, or dissolved (a successor, if any, takes on its work). */
    void end(AgencyStatus how, Agency successor, java.time.LocalDate on) {
        requireActive();
        if (successor != null && (successor == this || !successor.isActive())) {
            throw vn.mttq.thidua.shared.BusinessRuleException.onField("successorId", "agency.error.successor");
        }
        this.status = how;
        this.successor = successor;
        this.endedOn = on;
    }

    /** Known by another name it had, or that an agency it succeeded had: found by it, shown as "formerly". */
    void knownFormerlyAs(String formerName) {
        if (formerName != null && !formerName.equals(name) && !formerNamesList().contains(formerName)) {
            formerNames = formerNames == null ? formerName : formerNames + "\n" + formerName;
        }
    }

    /** No longer known by that name (the change that gave it was reverted). */
    void forgetFormerName(String formerName) {
        java.util.List<String> kept = formerNamesList().stream().filter(n -> !n.equals(formerName)).toList();
        formerNames = kept.isEmpty() ? null : String.join("\n", kept);
    }

    /** The names it had, oldest first. */
    public java.util.List<String> formerNamesList() {
        return formerNames == null ? java.util.List.of() : java.util.List.of(formerNames.split("\n"));
    }

    /** Active again, as before an end or a split recorded by mistake and reverted. */
    void reinstate() {
        this.status = AgencyStatus.ACTIVE;
        this.successor = null;
        this.endedOn = null;
    }

    /** Split into several agencies from a day; where each part went is in its changes. */
    void split(java.time.LocalDate on) {
        requireActive();
        this.status = AgencyStatus.SPLIT;
        this.successor = null;
        this.endedOn = on;
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
        searchKey = SearchText.key(name, shortName, formerNames);
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
        state.put("status", status);
        state.put("successorId", successor == null ? null : successor.getId());
        state.put("endedOn", endedOn);
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
