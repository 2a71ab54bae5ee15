package vn.mttq.thidua.report;

import vn.mttq.thidua.web.ListExports;

import java.io.IOException;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.context.request.WebRequest;

import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.attachment.AttachmentRequests;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.web.Forms;

/** Reports: the list (staff's review queue), a report's page with its review, the edit form and evidence. */
@Controller
@RequestMapping("/reports")
class ReportController {

    private final ReportService reports;
    private final EvidenceService evidence;
    private final PeriodService periods;
    private final UnitService units;
    private final AgencyService agencies;
    private final CampaignService campaigns;
    private final ListExports exports;

    ReportController(ReportService reports, EvidenceService evidence, PeriodService periods, UnitService units,
                     AgencyService agencies, CampaignService campaigns, ListExports exports) {
        this.exports = exports;
        this.reports = reports;
        this.evidence = evidence;
        this.periods = periods;
        this.units = units;
        this.agencies = agencies;
        this.campaigns = campaigns;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "narrative", "initiativeRows", "achieved[*]", "selfScores[*]", "initiatives[*].title",
                "initiatives[*].field", "initiatives[*].description", "initiatives[*].benefit",
                "initiatives[*].recognisedBy", "version");
        binder.setAutoGrowCollectionLimit(Report.MAX_INITIATIVES + 1);
    }

    @InitBinder("scoreForm")
    void allowScoreFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "staffScores[*]", "version");
    }

    /** The reports as the list filters them, every page, as an Excel workbook. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                @RequestParam(required = false) Long period, @RequestParam(required = false) Long area,
                @RequestParam(required = false) Long agency, @RequestParam(required = false) String status,
                @RequestParam(required = false) Boolean late, java.util.Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        vn.mttq.thidua.campaign.Campaign shown = campaigns.shown(campaign, campaigns.list()).orElse(null);
        ReportFilter filter = ReportFilter.of(q, shown == null ? null : periodsOf(shown, periods.list()), period, area, agency,
                Enums.parseOrNull(ReviewStatus.class, status), late);
        exports.excel(response, "bao-cao.xlsx", "report.list.title", locale, List.of(
                ListExports.column("pledge.unit", 40, Report::getUnitNameOnRecord),
                ListExports.column("account.agency", 40, Report::getAgencyNameOnRecord),
                ListExports.column("period.name", 30, r -> r.getPeriod().nameIn(locale)),
                ListExports.column("review.status", 14, r -> exports.text("review.status." + r.getStatus(), locale)),
                ListExports.column("review.submittedAt", 18, Report::getSubmittedAt),
                ListExports.column("report.late", 10, r -> r.isLate() ? exports.text("report.late", locale) : ""),
                ListExports.column("report.score", 10, Report::getTotalScore)),
                n -> reports.search(filter, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                @RequestParam(required = false) Long period,
                @RequestParam(required = false) Long area, @RequestParam(required = false) Long agency,
                @RequestParam(required = false) String status, @RequestParam(required = false) Boolean late,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ReviewStatus statusFilter = Enums.parseOrNull(ReviewStatus.class, status);
        List<vn.mttq.thidua.campaign.Campaign> all = campaigns.list();
        vn.mttq.thidua.campaign.Campaign shown = campaigns.shown(campaign, all).orElse(null);
        List<vn.mttq.thidua.period.ReportingPeriod> allPeriods = periods.list();
        List<vn.mttq.thidua.period.ReportingPeriod> shownPeriods = periodsOf(shown, allPeriods);
        Page<ReportRow> result = reports.rows(ReportFilter.of(q, shown == null ? null : shownPeriods, period, area, agency, statusFilter, late),
                Paging.request(page, 20));
        model.addAttribute("campaign", shown);
        model.addAttribute("campaigns", all);
        model.addAttribute("filterPeriods", shownPeriods);
        model.addAttribute("reports", result);
        model.addAttribute("q", q);
        model.addAttribute("period", period);
        model.addAttribute("area", area);
        model.addAttribute("agency", agency);
        model.addAttribute("status", statusFilter);
        model.addAttribute("late", late);
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("periods", allPeriods);
        model.addAttribute("areas", campaigns.allContentAreas().stream()
                .filter(a -> shown == null || a.getCampaign().getId().equals(shown.getId())).toList());
        CurrentUser user = CurrentUser.require();
        model.addAttribute("agencies", user.isStaffOrAdmin() ? agencies.chosen(agency) : List.of());
        model.addAttribute("myUnits", user.isRepresentative() ? units.activeInScope() : List.of());
        return "report/list";
    }

    /** A representative starts (or opens) the report of one of their units for a period. */
    @PostMapping
    String start(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long periodId,
                 RedirectAttributes redirect) {
        if (unitId == null || periodId == null) {
            Forms.problem(redirect, new BusinessRuleException("report.error.chooseUnitAndPeriod"));
            return "redirect:/reports";
        }
        try {
            Report report = reports.start(unitId, periodId);
            return "redirect:/reports/" + report.getId() + (report.getStatus().isEditable() ? "/edit" : "");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
            return "redirect:/reports";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Report report = reports.getVisible(id);
        if (!model.containsAttribute("scoreForm")) {
            model.addAttribute("scoreForm", ScoreForm.of(report));
        }
        return page(model, report);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Report report = reports.getVisible(id);
        model.addAttribute("form", ReportForm.of(report));
        return form(model, report);
    }

    @PostMapping("/{id}")
    String save(@PathVariable Long id, @RequestParam(defaultValue = "save") String action,
                @RequestParam(required = false) Integer removeInitiative,
                @Validated @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Report report = reports.getVisible(id);
        if ("addInitiative".equals(action) && form.getInitiatives().size() < Report.MAX_INITIATIVES) {
            form.getInitiatives().add(new ReportForm.InitiativeRow());
            return form(model, report);
        }
        if (removeInitiative != null) {
            if (removeInitiative >= 0 && removeInitiative < form.getInitiatives().size()) {
                form.getInitiatives().remove((int) removeInitiative);
            }
            return form(model, report);
        }
        Forms.requireRows(result, form.getInitiativeRows(), form.getInitiatives().size());
        if (!result.hasErrors()) {
            try {
                if ("submit".equals(action)) {
                    Report submitted = reports.saveAndSubmit(id, form.details(), form.getVersion());
                    Forms.flash(redirect, submitted.isLate() ? "report.submittedLate" : "report.submitted");
                    return "redirect:/reports/" + id;
                }
                reports.save(id, form.details(), form.getVersion());
                Forms.flash(redirect, "report.saved");
                return "redirect:/reports/" + id + "/edit";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, report);
    }

    @PostMapping("/{id}/evidence")
    String upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        return AttachmentRequests.upload(file, "evidence", "/reports/" + id + "/edit#evidence", redirect,
                (name, size, content) -> evidence.upload(id, name, size, content));
    }

    @PostMapping("/{id}/evidence/{fileId}/delete")
    String deleteEvidence(@PathVariable Long id, @PathVariable Long fileId, RedirectAttributes redirect) {
        evidence.delete(id, fileId);
        Forms.flash(redirect, "evidence.deleted");
        return "redirect:/reports/" + id + "/edit#evidence";
    }

    /** Evidence downloads as an attachment, with the type found in its bytes, never rendered in the page. */
    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId) {
        return AttachmentRequests.download(evidence.download(id, fileId));
    }

    @PostMapping("/{id}/score")
    String score(@PathVariable Long id, @RequestParam(defaultValue = "save") String action,
                 @Validated @ModelAttribute("scoreForm") ScoreForm scoreForm, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if ("accept".equals(action)) {
                    reports.scoreAndAccept(id, scoreForm.getStaffScores(), scoreForm.getVersion());
                    Forms.flash(redirect, "report.accepted");
                } else {
                    reports.score(id, scoreForm.getStaffScores(), scoreForm.getVersion());
                    Forms.flash(redirect, "report.scored");
                }
                return "redirect:/reports/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(model, reports.getVisible(id));
    }

    @PostMapping("/{id}/return")
    String returnForChanges(@PathVariable Long id, @RequestParam(defaultValue = "") String reason,
                            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return Forms.withReason(() -> reports.returnForChanges(id, reason, version), reason, "reasonError", model,
                () -> show(id, model), redirect, "report.returned", "/reports/" + id);
    }

    @PostMapping("/{id}/initiatives/{initiativeId}/exemplary")
    String exemplary(@PathVariable Long id, @PathVariable Long initiativeId,
                     @RequestParam(defaultValue = "true") boolean exemplary, RedirectAttributes redirect) {
        try {
            Initiative initiative = reports.markExemplary(id, initiativeId, exemplary);
            Forms.flash(redirect, exemplary ? "initiative.markedExemplary" : "initiative.unmarkedExemplary",
                    initiative.getTitle());
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/reports/" + id + "#initiatives";
    }

    private String page(Model model, Report report) {
        model.addAttribute("report", report);
        model.addAttribute("criteria", reports.criteriaOf(report));
        model.addAttribute("changes", reports.changesOfLatestSubmission(report));
        model.addAttribute("open", reports.isOpen(report));
        return "report/show";
    }

    private String form(Model model, Report report) {
        model.addAttribute("report", report);
        model.addAttribute("criteria", reports.criteriaOf(report));
        model.addAttribute("open", reports.isOpen(report));
        model.addAttribute("maxEvidence", Report.MAX_EVIDENCE_FILES);
        return "report/form";
    }

    /** The reporting periods of the shown campaign, or of every campaign for none. */
    private static List<vn.mttq.thidua.period.ReportingPeriod> periodsOf(vn.mttq.thidua.campaign.Campaign shown,
                                                                         List<vn.mttq.thidua.period.ReportingPeriod> all) {
        return all.stream().filter(p -> shown == null || p.getCampaign().getId().equals(shown.getId())).toList();
    }
}
