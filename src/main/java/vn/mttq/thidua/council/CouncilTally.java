package vn.mttq.thidua.council;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The counts of a paper ballot for one nominee, recorded by staff where members do not use the application. */
@Entity
@Table(name = "council_tally")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CouncilTally {

    @Id
    @Column(name = "nomination_id")
    private Long nominationId;
    @Column(name = "yes_votes")
    private int yes;
    @Column(name = "no_votes")
    private int no;
    private int abstentions;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    CouncilTally(Long nominationId) {
        this.nominationId = nominationId;
    }

    /** How many members the paper ballot counts. */
    int total() {
        return yes + no + abstentions;
    }

    void record(int yes, int no, int abstentions, String by, Instant at) {
        this.yes = yes;
        this.no = no;
        this.abstentions = abstentions;
        this.recordedBy = by;
        this.recordedAt = at;
    }
}
