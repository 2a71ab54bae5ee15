package vn.mttq.thidua.audittrail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.audit.AuditFilter;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.audit.AuditRecord;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.ListExports;

/** The audit trail for staff (the records they can see) and admins (everything): the list, one entry, the export. */
@Controller
@RequestMapping("/audit")
class AuditTrailController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final AuditLog auditLog;
    private final AuditEntries entries;
    private final ListExports exports;
    private final Clock clock;

    AuditTrailController(AuditLog auditLog, AuditEntries entries, ListExports exports, Clock clock) {
        this.auditLog = auditLog;
        this.entries = entries;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String type,
                @RequestParam(defaultValue = "") String action, @RequestParam(required = false) String id,
                @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        Filter filter = filter(actor, type, action, id, from, to);
        model.addAttribute("records", auditLog.search(filter.filter(), Paging.request(page, 50)));
        model.addAttribute("entries", entries);
        model.addAttribute("types", visible(auditLog.entityTypes()));
        model.addAttribute("actions", auditLog.actions());
        model.addAttribute("actor", actor);
        model.addAttribute("type", type);
        model.addAttribute("action", action);
        model.addAttribute("id", id);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("dateError", filter.dateError());
        model.addAttribute("idError", filter.idError());
        return "audit/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Locale locale, Model model) {
        AuditRecord record = auditLog.find(id, !CurrentUser.require().isAdmin())
                .orElseThrow(() -> new NotFoundException("AuditRecord", id));
        model.addAttribute("r", record);
        model.addAttribute("entries", entries);
        model.addAttribute("changes", entries.changes(record, locale));
        return "audit/show";
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String type,
                @RequestParam(defaultValue = "") String action, @RequestParam(required = false) String id,
                @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                Locale locale, HttpServletResponse response) {
        AuditFilter filter = filter(actor, type, action, id, from, to).filter();
        exports.excel(response, "nhat-ky-thay-doi.xlsx", "audit.title", locale, List.of(
                ListExports.column("audit.when", 18, AuditRecord::getOccurredAt),
                ListExports.column("audit.actor", 20, AuditRecord::getActor),
                ListExports.column("audit.action", 30, r -> entries.action(r.getAction(), locale)),
                ListExports.column("audit.entityType", 24, r -> entries.type(r.getEntityType(), locale)),
                ListExports.column("audit.recordId", 10, AuditRecord::getEntityId),
                ListExports.column("audit.summary", 40, AuditRecord::getSummary),
                ListExports.column("audit.changed", 80, r -> String.join("; ", entries.changes(r, locale).stream()
                        .map(c -> c.label() + ": " + c.before() + " → " + c.after()).toList()))),
                n -> auditLog.search(filter, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    /** The kinds of record the user may filter on. */
    private static List<String> visible(List<String> types) {
        return CurrentUser.require().isAdmin() ? types
                : types.stream().filter(t -> !AuditFilter.ADMIN_ONLY.contains(t)).toList();
    }

    private record Filter(AuditFilter filter, String dateError, String idError) {
    }

    /** The filter from the form; a date or id that cannot be read is said beside its field and not applied. */
    private Filter filter(String actor, String type, String action, String id, String from, String to) {
        String dateError = null;
        String idError = null;
        LocalDate fromDay = null;
        LocalDate toDay = null;
        try {
            fromDay = from.isBlank() ? null : LocalDate.parse(from.trim(), DAY);
            toDay = to.isBlank() ? null : LocalDate.parse(to.trim(), DAY);
        } catch (DateTimeParseException e) {
            dateError = "audit.error.date";
            fromDay = null;
            toDay = null;
        }
        Long entityId = null;
        if (id != null && !id.isBlank()) {
            try {
                entityId = Long.valueOf(id.trim());
            } catch (NumberFormatException e) {
                idError = "audit.error.id";
            }
        }
        return new Filter(new AuditFilter(actor, type, action, entityId,
                fromDay == null ? null : fromDay.atStartOfDay(clock.getZone()).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                !CurrentUser.require().isAdmin()), dateError, idError);
    }
}
