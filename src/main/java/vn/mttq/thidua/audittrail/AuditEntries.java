package vn.mttq.thidua.audittrail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.mttq.thidua.audit.AuditRecord;

/**
 * Reads an audit entry for people: the sentence that says who did what to which record, the page of the record, and
 * the fields that changed with their labels from the message bundles (a code or key without a message is shown as
 * it is, never an error).
 */
@Component
public class AuditEntries {

    /** Where each kind of record is shown; kinds without a page of their own have none. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("Account", "/admin/accounts/%d/edit"),
            Map.entry("Agency", "/agencies/%d"),
            Map.entry("Campaign", "/campaigns/%d"),
            Map.entry("CouncilSession", "/council-sessions/%d"),
            Map.entry("Criterion", "/criteria/%d/edit"),
            Map.entry("Decision", "/decisions/%d"),
            Map.entry("DecisionBasis", "/decision-basis/%d/edit"),
            Map.entry("Nomination", "/nominations/%d"),
            Map.entry("Pledge", "/pledges/%d"),
            Map.entry("Report", "/reports/%d"),
            Map.entry("ReportingPeriod", "/periods/%d/edit"),
            Map.entry("Unit", "/units/%d/edit"));

    private final MessageSource messages;
    private final JsonMapper json;
    private final vn.mttq.thidua.web.Formats formats;

    AuditEntries(MessageSource messages, JsonMapper json, vn.mttq.thidua.web.Formats formats) {
        this.messages = messages;
        this.json = json;
        this.formats = formats;
    }

    /** One changed field: its label, the value before and after (blank when there was none). */
    public record FieldChange(String field, String label, String before, String after) {
    }

    public String action(String code, Locale locale) {
        return messages.getMessage("audit.action." + code, null, code, locale);
    }

    public String type(String code, Locale locale) {
        return messages.getMessage("audit.type." + code, null, code, locale);
    }

    /** "staff returned for changes report #12". */
    public String sentence(AuditRecord r, Locale locale) {
        return messages.getMessage("audit.what", new Object[] {r.getActor(), action(r.getAction(), locale), record(r, locale)},
                locale);
    }

    public String record(AuditRecord r, Locale locale) {
        return r.getEntityId() == null ? type(r.getEntityType(), locale)
                : messages.getMessage("audit.record", new Object[] {type(r.getEntityType(), locale), r.getEntityId()}, locale);
    }

    /** The address of the record's page, or null. */
    public String link(AuditRecord r) {
        String pattern = PAGES.get(r.getEntityType());
        return pattern == null || r.getEntityId() == null ? null : String.format(Locale.ROOT, pattern, r.getEntityId());
    }

    /**
     * The fields whose values differ between the state before and after, in the order the record lists them; for a
     * creation every field it was created with, for a removal every field it had.
     */
    public List<FieldChange> changes(AuditRecord r, Locale locale) {
        Map<String, Object> before = parse(r.getBeforeState());
        Map<String, Object> after = parse(r.getAfterState());
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, label(field, locale), text(r.getEntityType(), field, old, locale),
                        text(r.getEntityType(), field, now, locale)));
            }
        }
        return changes;
    }

    /** A field's label: "achieved:1. Tỷ lệ…" is the label of "achieved" followed by what follows the colon. */
    public String label(String field, Locale locale) {
        int colon = field.indexOf(':');
        String key = colon < 0 ? field : field.substring(0, colon);
        String label = messages.getMessage("audit.field." + key, null, key, locale);
        return colon < 0 ? label : label + " " + field.substring(colon + 1);
    }

    /** Where the words for a coded value are, by the field that holds it (and, for a status, the kind of record). */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("Report.status", "review.status."), Map.entry("Pledge.status", "review.status."),
            Map.entry("Nomination.status", "nomination.status."), Map.entry("Decision.status", "decision.status."),
            Map.entry("Campaign.status", "campaign.status."), Map.entry("Unit.status", "unit.status."),
            Map.entry("Agency.status", "audit.value.agencyStatus."),
            Map.entry("kind", "agency.kind."), Map.entry("ReportingPeriod.kind", "period.kind."),
            Map.entry("role", "role."), Map.entry("nomineeType", "nomination.type."), Map.entry("titleAimed", "pledge.title."),
            Map.entry("vote", "council.vote."));

    private String text(String type, String field, Object value, Locale locale) {
        if (value instanceof String code && code.matches("[A-Z][A-Z_]+")) {
            String prefix = CODES.getOrDefault(type + "." + field, CODES.get(field));
            if (prefix != null) {
                return messages.getMessage(prefix + code, null, code, locale);
            }
        }
        return text(value, locale);
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MOMENT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private String text(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        // dates and moments as the reader writes them: dd/MM/yyyy, in the application's time zone
        if (value instanceof String text && DAY.matcher(text).matches()) {
            return formats.date(java.time.LocalDate.parse(text));
        }
        if (value instanceof String text && MOMENT.matcher(text).matches()) {
            return formats.dateTime(java.time.Instant.parse(text));
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "common.yes" : "common.no", null, b.toString(), locale);
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String state) {
        if (state == null || state.isBlank()) {
            return Map.of();
        }
        try {
            Object value = json.readValue(state, Object.class);
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("value", value);
        } catch (JacksonException e) {
            return new LinkedHashMap<>(Map.of("value", state));
        }
    }
}
