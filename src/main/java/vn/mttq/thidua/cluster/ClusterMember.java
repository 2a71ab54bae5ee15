package vn.mttq.thidua.cluster;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.agency.Agency;

/** An agency in a cluster of a year, at its place in the cluster's order (the order the head's turn follows). */
@Entity
@Table(name = "cluster_member")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClusterMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;
    private int year;
    private int position;

    ClusterMember(Cluster cluster, Agency agency, int year) {
        this.cluster = cluster;
        this.agency = agency;
        this.year = year;
    }

    void placeAt(int position) {
        this.position = position;
    }
}
