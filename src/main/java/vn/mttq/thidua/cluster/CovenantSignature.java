package vn.mttq.thidua.cluster;

import java.time.Instant;

import jakarta.persistence.Column;
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

/** A member's signature of its cluster's covenant: which agency, who signed for it, when. */
@Entity
@Table(name = "covenant_signature")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CovenantSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "covenant_id")
    private Covenant covenant;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "signed_at")
    private Instant signedAt;

    CovenantSignature(Covenant covenant, Agency agency, String signedBy, String signerName, Instant signedAt) {
        this.covenant = covenant;
        this.agency = agency;
        this.signedBy = signedBy;
        this.signerName = signerName;
        this.signedAt = signedAt;
    }
}
