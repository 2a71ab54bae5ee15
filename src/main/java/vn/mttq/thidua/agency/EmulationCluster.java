package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An emulation cluster or block (cụm, khối thi đua): agencies that compete and are compared together. */
@NamedInterface("api")
@Entity
@Table(name = "emulation_cluster")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EmulationCluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String description;

    public EmulationCluster(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
