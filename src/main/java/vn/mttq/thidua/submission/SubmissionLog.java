package vn.mttq.thidua.submission;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.mttq.thidua.security.CurrentUser;

/**
 * Keeps a snapshot of every submission of a pledge or report, and tells a reviewer what the latest one changed
 * compared to the one before — the reason a returned item came back is usually in those lines.
 */
@NamedInterface("api")
@Service
public class SubmissionLog {

    private static final TypeReference<LinkedHashMap<String, String>> CONTENT = new TypeReference<>() {
    };

    private final SubmissionRepository submissions;
    private final JsonMapper json;
    private final Clock clock;

    SubmissionLog(SubmissionRepository submissions, JsonMapper json, Clock clock) {
        this.submissions = submissions;
        this.json = json;
        this.clock = clock;
    }

    /** Records a submission in the caller's transaction; returns its number (1 for the first). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(String type, Long id, boolean late, Map<String, String> content) {
        int number = submissions.lastNumber(type, id) + 1;
        submissions.save(new Submission(type, id, number, clock.instant(), CurrentUser.actorName(), late,
                json.writeValueAsString(content)));
        return number;
    }

    /** What the latest submission changed compared to the previous one; empty for a first submission. */
    @Transactional(readOnly = true)
    public List<Change> changesOfLatest(String type, Long id) {
        List<Submission> lastTwo = submissions.findTop2ByEntityTypeAndEntityIdOrderByNumberDesc(type, id);
        if (lastTwo.size() < 2) {
            return List.of();
        }
        return diff(read(lastTwo.get(1)), read(lastTwo.get(0)));
    }

    @Transactional(readOnly = true)
    public int count(String type, Long id) {
        return submissions.lastNumber(type, id);
    }

    static List<Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new Change(field, before.get(field), after.get(field)));
            }
        }
        return changes;
    }

    private Map<String, String> read(Submission submission) {
        return json.readValue(submission.getContent(), CONTENT);
    }
}
