package vn.mttq.thidua.council;

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
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.account.Account;
import vn.mttq.thidua.agency.Agency;

/** A member of a council session; one who comes from the nominee's own agency is recused for that nominee. */
@Entity
@Table(name = "council_member")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CouncilSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    CouncilMember(CouncilSession session, Account account, Agency agency) {
        this.session = session;
        this.account = account;
        this.agency = agency;
    }

    public boolean isRecusedFor(Nomination nomination) {
        return agency != null && agency.getId().equals(nomination.getUnit().getAgency().getId());
    }
}
