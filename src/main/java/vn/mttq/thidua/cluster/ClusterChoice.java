package vn.mttq.thidua.cluster;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** A cluster of a year as other pages filter by it: its name and its member agencies. */
@NamedInterface("api")
public record ClusterChoice(Long id, String name, List<Long> agencyIds) {

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
