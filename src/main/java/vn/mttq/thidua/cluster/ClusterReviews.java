package vn.mttq.thidua.cluster;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.attachment.Attachments;
import vn.mttq.thidua.attachment.UploadedFile;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * A cluster's year-end review. The year's head opens it (scores or votes) and closes it with the meeting's minutes;
 * while it is open each member's representative scores every other member (0–100, never their own agency) or votes
 * for the leading member (not their own), and may change their marks; the tally is the average score, or the votes,
 * ranked with ties sharing a rank. Closed, the head proposes members for forms of commendation: each proposal
 * becomes a draft nomination of that agency with the minutes in its dossier. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
class ClusterReviews {

    static final Attachments.Contents MINUTES = new Attachments.Contents("cluster_minutes_content", "cluster_minutes_id");

    /** A member's standing in the tally: its rank (shared by ties), the average or the votes, how many marked it. */
    record Standing(Agency agency, int rank, BigDecimal value, int count, boolean tied) {
    }

    private final ClusterService clusters;
    private final ClusterReviewRepository reviews;
    private final ClusterMarkRepository marks;
    private final ClusterVoteRepository votes;
    private final ClusterMinutesRepository minutes;
    private final ClusterProposalRepository proposals;
    private final Attachments attachments;
    private final NominationService nominations;
    private final AuditLog auditLog;
    private final Clock clock;

    ClusterReviews(ClusterService clusters, ClusterReviewRepository reviews, ClusterMarkRepository marks,
                   ClusterVoteRepository votes, ClusterMinutesRepository minutes, ClusterProposalRepository proposals,
                   Attachments attachments, NominationService nominations, AuditLog auditLog, Clock clock) {
        this.clusters = clusters;
        this.reviews = reviews;
        this.marks = marks;
        this.votes = votes;
        this.minutes = minutes;
        this.proposals = proposals;
        this.attachments = attachments;
        this.nominations = nominations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A cluster the user may see, its review and the tally. */
    record Result(Cluster cluster, ClusterReview review, List<Standing> tally) {
    }

    Result result(Long clusterId) {
        Cluster cluster = clusters.visible(clusterId);
        ClusterReview review = reviews.findByClusterId(cluster.getId())
                .orElseThrow(() -> new NotFoundException("ClusterReview", clusterId));
        return new Result(cluster, review, tally(cluster, review));
    }

    Optional<ClusterReview> of(Cluster cluster) {
        return reviews.findByClusterId(cluster.getId());
    }

    List<ClusterMark> marksOf(ClusterReview review) {
        return marks.findByReviewId(review.getId());
    }

    List<ClusterVote> votesOf(ClusterReview review) {
        return votes.findByReviewId(review.getId());
    }

    Optional<ClusterMinutes> minutesOf(ClusterReview review) {
        return minutes.findByReviewId(review.getId());
    }

    List<ClusterProposal> proposalsOf(ClusterReview review) {
        return proposals.findByReviewId(review.getId());
    }

    @Transactional
    ClusterReview open(Long clusterId, ReviewMethod method) {
        Cluster cluster = headedByMe(clusterId);
        if (method == null) {
            throw BusinessRuleException.onField("method", "clusterReview.error.method");
        }
        if (reviews.findByClusterId(cluster.getId()).isPresent()) {
            throw new BusinessRuleException("clusterReview.error.alreadyOpened");
        }
        ClusterReview review = reviews.saveAndFlush(new ClusterReview(cluster, method, CurrentUser.actorName(), clock.instant()));
        auditLog.created(review);
        return review;
    }

    /** The signed-in member's scores of the other members, replacing those they gave before; all or nothing. */
    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    ClusterReview score(Long clusterId, Map<Long, String> given) {
        Cluster cluster = clusters.visible(clusterId);
        ClusterReview review = openReview(cluster, ReviewMethod.SCORES);
        Long me = CurrentUser.require().agencyScope();
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        for (Map.Entry<Long, String> entry : given.entrySet()) {
            if (entry.getKey().equals(me)) {
                throw new BusinessRuleException("clusterReview.error.self");
            }
            if (!cluster.hasMember(entry.getKey())) {
                throw new BusinessRuleException("clusterReview.error.notMember");
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            BigDecimal score = number(entry.getValue());
            if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new BusinessRuleException("clusterReview.error.score", entry.getValue());
            }
            scores.put(entry.getKey(), score.setScale(2, RoundingMode.HALF_UP));
        }
        if (scores.isEmpty()) {
            throw new BusinessRuleException("clusterReview.error.noScore");
        }
        Map<Long, ClusterMark> mine = new LinkedHashMap<>();
        marks.findByReviewId(review.getId()).stream().filter(m -> m.getScorerId().equals(me)).forEach(m -> mine.put(m.getScoredId(), m));
        scores.forEach((scored, score) -> {
            ClusterMark mark = mine.get(scored);
            if (mark == null) {
                marks.save(new ClusterMark(review.getId(), me, scored, score));
            } else {
                mark.change(score);
            }
        });
        Map<String, Object> after = new LinkedHashMap<>();
        scores.forEach((k, v) -> after.put(String.valueOf(k), v));
        auditLog.record("SCORE", review.auditType(), review.getId(), "agency " + me, null, after);
        return review;
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    ClusterReview vote(Long clusterId, Long chosenId) {
        Cluster cluster = clusters.visible(clusterId);
        ClusterReview review = openReview(cluster, ReviewMethod.VOTES);
        Long me = CurrentUser.require().agencyScope();
        if (chosenId == null) {
            throw new BusinessRuleException("clusterReview.error.noChoice");
        }
        if (chosenId.equals(me)) {
            throw new BusinessRuleException("clusterReview.error.self");
        }
        if (!cluster.hasMember(chosenId)) {
            throw new BusinessRuleException("clusterReview.error.notMember");
        }
        Optional<ClusterVote> mine = votes.findByReviewId(review.getId()).stream().filter(v -> v.getVoterId().equals(me)).findFirst();
        if (mine.isPresent()) {
            mine.get().change(chosenId);
        } else {
            votes.save(new ClusterVote(review.getId(), me, chosenId));
        }
        auditLog.record("VOTE", review.auditType(), review.getId(), "agency " + me, null, Map.of("chosenAgencyId", chosenId));
        return review;
    }

    /** The head closes the review with the meeting's record and its minutes (a file). */
    @Transactional
    ClusterReview close(Long clusterId, LocalDate meetingDate, String present, String result, String fileName, long size,
                        InputStream content) {
        Cluster cluster = headedByMe(clusterId);
        ClusterReview review = reviews.findByClusterId(cluster.getId())
                .orElseThrow(() -> new BusinessRuleException("clusterReview.error.none"));
        if (meetingDate == null) {
            throw BusinessRuleException.onField("meetingDate", "clusterReview.error.meetingDate");
        }
        if (present == null || present.isBlank()) {
            throw BusinessRuleException.onField("present", "clusterReview.error.present");
        }
        if (result == null || result.isBlank()) {
            throw BusinessRuleException.onField("result", "clusterReview.error.result");
        }
        UploadedFile upload = attachments.read(fileName, size, content, "dossier");
        Map<String, Object> before = review.auditState();
        review.close(meetingDate, present.strip(), result.strip(), LocalDate.now(clock), clock.instant());
        reviews.saveAndFlush(review);
        auditLog.changed("CLOSE", review, before);
        attachments.store(new ClusterMinutes(review.getId(), upload, CurrentUser.actorName(), clock.instant()), minutes, MINUTES, upload);
        return review;
    }

    Attachments.Download minutesFile(Long clusterId) {
        Cluster cluster = clusters.visible(clusterId);
        ClusterMinutes file = reviews.findByClusterId(cluster.getId()).flatMap(r -> minutes.findByReviewId(r.getId()))
                .orElseThrow(() -> new NotFoundException("ClusterMinutes", clusterId));
        return attachments.download(file, MINUTES);
    }

    /**
     * The head proposes members for forms, once the review is closed: each proposal a draft nomination of that agency
     * for the year's achievements with the minutes in its dossier; a member proposed already is refused.
     */
    @Transactional
    List<Nomination> propose(Long clusterId, Map<Long, Long> formByAgency) {
        Cluster cluster = headedByMe(clusterId);
        ClusterReview review = reviews.findByClusterId(cluster.getId())
                .orElseThrow(() -> new BusinessRuleException("clusterReview.error.none"));
        if (review.getStatus().isOpen()) {
            throw new BusinessRuleException("clusterReview.error.notClosed");
        }
        if (formByAgency.isEmpty()) {
            throw new BusinessRuleException("clusterReview.error.noProposal");
        }
        ClusterMinutes file = minutes.findByReviewId(review.getId()).orElseThrow();
        Attachments.Download bytes = attachments.download(file, MINUTES);
        UploadedFile upload = new UploadedFile(file.getFileName(), file.getContentType(), bytes.bytes(), file.getSha256());
        List<Long> proposed = proposals.findByReviewId(review.getId()).stream().map(ClusterProposal::getAgencyId).toList();
        Map<Long, Standing> standings = new LinkedHashMap<>();
        tally(cluster, review).forEach(s -> standings.put(s.agency().getId(), s));
        List<Nomination> made = new ArrayList<>();
        for (Map.Entry<Long, Long> p : formByAgency.entrySet()) {
            if (!cluster.hasMember(p.getKey())) {
                throw new BusinessRuleException("clusterReview.error.notMember");
            }
            if (proposed.contains(p.getKey())) {
                throw new BusinessRuleException("clusterReview.error.proposedAlready");
            }
            Standing standing = standings.get(p.getKey());
            String achievements = "Được " + cluster.getName() + " suy tôn tại Hội nghị tổng kết thi đua năm " + cluster.getYear()
                    + " ngày " + review.getMeetingDate().format(vn.mttq.thidua.web.Formats.DATE)
                    + (standing == null ? "" : ", xếp thứ " + standing.rank() + (review.getMethod() == ReviewMethod.SCORES
                            ? " với điểm bình quân " + standing.value().toPlainString().replace('.', ',')
                            : " với " + standing.value().intValue() + " phiếu")) + ". " + review.getResultText();
            Nomination nomination = nominations.proposeForCluster(p.getKey(), p.getValue(), cluster.getYear(), achievements, upload);
            proposals.save(new ClusterProposal(review.getId(), p.getKey(), p.getValue(), nomination.getId(), CurrentUser.actorName(),
                    clock.instant()));
            auditLog.record("PROPOSE", review.auditType(), review.getId(), "nomination #" + nomination.getId(), null,
                    Map.of("agencyId", p.getKey(), "formId", p.getValue(), "nominationId", nomination.getId()));
            made.add(nomination);
        }
        return made;
    }

    /** The tally: average score of each member (over those who scored it) or its votes, best first, ties sharing a rank. */
    List<Standing> tally(Cluster cluster, ClusterReview review) {
        Map<Long, List<BigDecimal>> values = new LinkedHashMap<>();
        cluster.agencies().forEach(a -> values.put(a.getId(), new ArrayList<>()));
        if (review.getMethod() == ReviewMethod.SCORES) {
            marks.findByReviewId(review.getId()).forEach(m -> values.computeIfAbsent(m.getScoredId(), k -> new ArrayList<>()).add(m.getScore()));
        } else {
            votes.findByReviewId(review.getId()).forEach(v -> values.computeIfAbsent(v.getChosenId(), k -> new ArrayList<>()).add(BigDecimal.ONE));
        }
        List<Standing> unranked = new ArrayList<>();
        for (Agency agency : cluster.agencies()) {
            List<BigDecimal> got = values.getOrDefault(agency.getId(), List.of());
            BigDecimal value = review.getMethod() == ReviewMethod.VOTES ? BigDecimal.valueOf(got.size())
                    : got.isEmpty() ? BigDecimal.ZERO
                    : got.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(got.size()), 2, RoundingMode.HALF_UP);
            unranked.add(new Standing(agency, 0, value, got.size(), false));
        }
        unranked.sort(Comparator.comparing(Standing::value).reversed().thenComparing(s -> s.agency().getName()));
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Standing s = unranked.get(i);
            int rank = i > 0 && unranked.get(i - 1).value().compareTo(s.value()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            boolean tied = unranked.stream().filter(o -> o != s).anyMatch(o -> o.value().compareTo(s.value()) == 0);
            ranked.add(new Standing(s.agency(), rank, s.value(), s.count(), tied));
        }
        return ranked;
    }

    private ClusterReview openReview(Cluster cluster, ReviewMethod method) {
        ClusterReview review = reviews.findByClusterId(cluster.getId())
                .orElseThrow(() -> new BusinessRuleException("clusterReview.error.none"));
        review.requireOpen();
        if (review.getMethod() != method) {
            throw new BusinessRuleException("clusterReview.error.method");
        }
        return review;
    }

    private Cluster headedByMe(Long clusterId) {
        Cluster cluster = clusters.visible(clusterId);
        CurrentUser me = CurrentUser.require();
        if (!me.isRepresentative() || !cluster.isHeadedBy(me.agencyScope())) {
            throw new AccessDeniedException("only the cluster's head manages its review");
        }
        return cluster;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
