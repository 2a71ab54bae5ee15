package vn.mttq.thidua.cluster;

/** A cluster (cụm: agencies of a kind and place, as the communes' committees) or a block (khối: of a sector). */
public enum ClusterKind {
    CLUSTER, BLOCK
}
