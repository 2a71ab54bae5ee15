package vn.mttq.thidua.council;

import vn.mttq.thidua.commendation.Nomination;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One member's vote on one nominee; the database keeps it to one. */
@Entity
@Table(name = "council_vote")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CouncilVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private CouncilMember member;

    @Enumerated(EnumType.STRING)
    private Vote vote;
    @Column(name = "cast_at")
    private Instant castAt;

    CouncilVote(Nomination nomination, CouncilMember member, Vote vote, Instant castAt) {
        this.nomination = nomination;
        this.member = member;
        this.vote = vote;
        this.castAt = castAt;
    }
}
