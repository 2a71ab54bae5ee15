package vn.mttq.thidua.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.attachment.Attachments;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.web.Downloads;
import vn.mttq.thidua.web.Forms;

/** A cluster's year-end review from its page: opening it, each member's scores or vote, closing, the proposals. */
@Controller
@RequestMapping("/clusters/{id}/review")
class ClusterReviewController {

    private final ClusterReviews reviews;
    private final org.springframework.context.MessageSource messages;

    private final java.time.Clock clock;

    ClusterReviewController(ClusterReviews reviews, org.springframework.context.MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.messages = messages;
    }

    @PostMapping
    String open(@PathVariable Long id, @RequestParam(defaultValue = "") String method, RedirectAttributes redirect) {
        return step(id, redirect, "clusterReview.opened", () -> reviews.open(id, Enums.parseOrNull(ReviewMethod.class, method)));
    }

    /** The member's scores, sent as {@code score[agencyId]}; refused, the page comes again with what was typed. */
    @PostMapping("/scores")
    String score(@PathVariable Long id, @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        Map<Long, String> given = new LinkedHashMap<>();
        LinkedHashMap<String, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("score[") && name.endsWith("]")) {
                given.put(agencyId(name.substring(6, name.length() - 1)), value);
                typed.put(name.substring(6, name.length() - 1), value);
            }
        });
        try {
            reviews.score(id, given);
            Forms.flash(redirect, "clusterReview.scored");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
            redirect.addFlashAttribute("scoresTyped", typed);
        }
        return "redirect:/clusters/" + id + "#review";
    }

    @PostMapping("/vote")
    String vote(@PathVariable Long id, @RequestParam(required = false) Long chosenId, RedirectAttributes redirect) {
        return step(id, redirect, "clusterReview.voted", () -> reviews.vote(id, chosenId));
    }

    /** Closed with the meeting's record; refused, the page comes again with what was typed and the reason. */
    @PostMapping("/close")
    String close(@PathVariable Long id, @RequestParam(defaultValue = "") String meetingDate,
                 @RequestParam(defaultValue = "") String present, @RequestParam(defaultValue = "") String result,
                 @RequestParam(required = false) MultipartFile minutes, RedirectAttributes redirect) throws IOException {
        try {
            reviews.close(id, date(meetingDate), present, result, minutes == null ? "" : minutes.getOriginalFilename(),
                    minutes == null ? 0 : minutes.getSize(), minutes == null ? InputStream.nullInputStream() : minutes.getInputStream());
            Forms.flash(redirect, "clusterReview.closed");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
            LinkedHashMap<String, String> typed = new LinkedHashMap<>();
            typed.put("meetingDate", meetingDate);
            typed.put("present", present);
            typed.put("result", result);
            redirect.addFlashAttribute("closeTyped", typed);
        }
        return "redirect:/clusters/" + id + "#review";
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.onField("meetingDate", "clusterReview.error.meetingDate");
        }
    }

    /** The review's result as a workbook: the cluster, the meeting, and each member's rank, average or votes. */
    @GetMapping("/export")
    void export(@PathVariable Long id, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        ClusterReviews.Result result = reviews.result(id);
        Downloads.stream(response, "ket-qua-binh-xet-" + result.cluster().getYear() + "-" + id + ".xlsx", Downloads.XLSX, out -> {
            try (vn.mttq.thidua.shared.ExcelWriter excel = new vn.mttq.thidua.shared.ExcelWriter(clock.getZone())) {
                boolean scores = result.review().getMethod() == ReviewMethod.SCORES;
                excel.sheet(messages.getMessage("clusterReview.tally", null, locale), 10, 60, 16, 16)
                        .title(messages.getMessage("clusterReview.titleOf", new Object[] {String.valueOf(result.cluster().getYear())}, locale)
                                + " — " + result.cluster().getName())
                        .note(messages.getMessage("clusterReview.status." + result.review().getStatus(), null, locale) + " · "
                                + messages.getMessage("clusterReview.method." + result.review().getMethod(), null, locale)
                                + (result.review().getResultText() == null ? "" : " · " + result.review().getResultText()))
                        .header(java.util.List.of(messages.getMessage("clusterReview.rank", null, locale),
                                messages.getMessage("cluster.member", null, locale),
                                messages.getMessage(scores ? "clusterReview.average" : "clusterReview.votes", null, locale),
                                messages.getMessage(scores ? "clusterReview.scorers" : "clusterReview.tied", null, locale)));
                for (ClusterReviews.Standing s : result.tally()) {
                    excel.row(s.rank(), s.agency().getName(), scores ? s.value() : (Object) s.value().intValue(),
                            scores ? (Object) s.count() : (s.tied() ? "x" : ""));
                }
                excel.writeTo(out);
            }
        });
    }

    @GetMapping("/minutes")
    ResponseEntity<byte[]> minutes(@PathVariable Long id) {
        Attachments.Download file = reviews.minutesFile(id);
        return Downloads.attachment(file.fileName(), file.contentType(), file.bytes());
    }

    /** The proposals, sent as {@code form[agencyId]} = the form's id (empty: not proposed). */
    @PostMapping("/proposals")
    String propose(@PathVariable Long id, @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        Map<Long, Long> proposed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("form[") && name.endsWith("]") && !value.isBlank()) {
                proposed.put(agencyId(name.substring(5, name.length() - 1)), agencyId(value));
            }
        });
        return step(id, redirect, "clusterReview.proposed", () -> reviews.propose(id, proposed));
    }

    private static Long agencyId(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("clusterReview.error.badRequest");
        }
    }

    private static String step(Long id, RedirectAttributes redirect, String doneKey, Runnable step) {
        return Forms.step(step, redirect, doneKey, "/clusters/" + id + "#review");
    }
}
