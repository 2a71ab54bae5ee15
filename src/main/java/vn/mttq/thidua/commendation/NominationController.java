package vn.mttq.thidua.commendation;

import vn.mttq.thidua.person.Gender;
import vn.mttq.thidua.web.ListExports;

import java.io.IOException;
import java.util.List;

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

import vn.mttq.thidua.catalogue.FormCatalog;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.attachment.AttachmentRequests;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.person.PersonService;
import vn.mttq.thidua.report.ReportService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Forms;

/** Nominations: the list, proposing and editing with the dossier, appraisal, approval, and dossier files. */
@Controller
@RequestMapping("/nominations")
class NominationController {

    private final NominationService nominations;
    private final FormCatalog forms;
    private final UnitService units;
    private final ReportService reports;
    private final CampaignService campaigns;
    private final java.time.Clock clock;
    private final ListExports exports;
    private final PersonService persons;
    private final AppraisalSheet sheet;

    NominationController(NominationService nominations, FormCatalog forms, UnitService units, ReportService reports,
                         CampaignService campaigns, java.time.Clock clock, ListExports exports, PersonService persons, AppraisalSheet sheet) {
        this.persons = persons;
        this.sheet = sheet;
        this.exports = exports;
        this.campaigns = campaigns;
        this.clock = clock;
        this.nominations = nominations;
        this.forms = forms;
        this.units = units;
        this.reports = reports;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "unitId", "nomineeType", "?personId", "individualName", "individualPosition", "birthYear",
                "gender", "formId", "year", "achievements", "reportIds", "version");
    }

    /** The nominations as the list filters them, every page, as an Excel workbook. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                @RequestParam(name = "form", required = false) Long commendationFormId, java.util.Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        Campaign shown = campaigns.shown(campaign, campaigns.list()).orElse(null);
        NominationStatus statusFilter = Enums.parseOrNull(NominationStatus.class, status);
        exports.excel(response, "de-nghi-khen-thuong.xlsx", "nomination.list.title", locale, List.of(
                ListExports.column("nomination.nominee", 36, Nomination::getNomineeName),
                ListExports.column("nomination.nomineeType", 12, n -> exports.text("nomination.type." + n.getNomineeType(), locale)),
                ListExports.column("pledge.unit", 36, Nomination::getUnitNameOnRecord),
                ListExports.column("account.agency", 36, Nomination::getAgencyNameOnRecord),
                ListExports.column("nomination.form", 36, n -> n.getForm().nameIn(locale)),
                ListExports.column("pledge.year", 8, Nomination::getYear),
                ListExports.column("review.status", 16, n -> exports.text("nomination.status." + n.getStatus(), locale)),
                ListExports.column("nomination.registryNumber", 16, Nomination::getRegistryNumber)),
                n -> nominations.search(q, shown, year, statusFilter, commendationFormId, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status,
                @RequestParam(name = "form", required = false) Long commendationFormId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        NominationStatus statusFilter = Enums.parseOrNull(NominationStatus.class, status);
        List<Campaign> all = campaigns.list();
        Campaign shown = campaigns.shown(campaign, all).orElse(null);
        model.addAttribute("nominations", nominations.rows(q, shown, year, statusFilter, commendationFormId,
                Paging.request(page, 20)));
        model.addAttribute("campaign", shown);
        model.addAttribute("campaigns", all);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("status", statusFilter);
        // the form of commendation filtered on (the model's "form" is the nomination form elsewhere)
        model.addAttribute("commendationFormId", commendationFormId);
        model.addAttribute("statuses", NominationStatus.values());
        model.addAttribute("commendationForms", forms.all());
        return "nomination/list";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Long unit, Model model) {
        NominationForm form = new NominationForm();
        form.setUnitId(unit);
        form.setNomineeType(NomineeType.COLLECTIVE);
        form.setYear(java.time.LocalDate.now(clock).getYear() - 1);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String propose(@Validated @ModelAttribute("form") NominationForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Nomination nomination = nominations.propose(form.details());
                Forms.flash(redirect, "nomination.saved");
                return "redirect:/nominations/" + nomination.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Nomination nomination = nominations.getVisible(id);
        model.addAttribute("nomination", nomination);
        model.addAttribute("councilSessionTitle", nominations.councilSessionTitle(nomination).orElse(null));
        List<Nomination> history = nominations.history(nomination);
        model.addAttribute("eligibility", nominations.eligibility(nomination, history));
        model.addAttribute("sameAchievement", NominationService.sameAchievement(nomination, history).orElse(null));
        model.addAttribute("nominationReports", nominations.reportsOf(nomination));
        List<DossierFile> dossier = nominations.dossier(nomination);
        model.addAttribute("dossier", dossier);
        model.addAttribute("missing", DossierKind.missingFrom(dossier));
        model.addAttribute("history", history);
        model.addAttribute("kinds", DossierKind.values());
        return "nomination/show";
    }

    /** The appraisal sheet (phiếu thẩm định): the conditions, the records behind them, the result, as PDF. */
    @GetMapping("/{id}/appraisal-sheet")
    ResponseEntity<byte[]> appraisalSheet(@PathVariable Long id) {
        Nomination nomination = nominations.getVisible(id);
        byte[] pdf = sheet.of(nomination, nominations.eligibility(nomination), nominations.dossier(nomination).stream()
                .map(DossierFile::getKind).collect(java.util.stream.Collectors.toSet()));
        return vn.mttq.thidua.web.Downloads.attachment("phieu-tham-dinh-" + id + ".pdf", vn.mttq.thidua.web.Downloads.PDF, pdf);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Nomination nomination = nominations.getVisible(id);
        model.addAttribute("form", NominationForm.of(nomination));
        return form(model, nomination);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") NominationForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Nomination nomination = nominations.getVisible(id);
        form.setUnitId(nomination.getUnit().getId());
        if (!result.hasErrors()) {
            try {
                nominations.update(id, form.details(), form.getVersion());
                Forms.flash(redirect, "nomination.saved");
                return "redirect:/nominations/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, nomination);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        nominations.submit(id, version);
        Forms.flash(redirect, "nomination.submitted");
        return "redirect:/nominations/" + id;
    }

    /** Accepted for the council; without the reason a nominee who is not eligible needs, the page again with the box. */
    @PostMapping("/{id}/appraise")
    String appraise(@PathVariable Long id, @RequestParam(defaultValue = "") String note,
                    @RequestParam(defaultValue = "") String override, @RequestParam(required = false) Long version,
                    Model model, RedirectAttributes redirect) {
        return Forms.withReason(() -> nominations.appraise(id, note, override, version), override, "overrideError", model,
                () -> show(id, model), redirect, "nomination.appraised", "/nominations/" + id);
    }

    @PostMapping("/{id}/return")
    String returnForChanges(@PathVariable Long id, @RequestParam(defaultValue = "") String reason,
                            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return Forms.withReason(() -> nominations.returnForChanges(id, reason, version), reason, "reasonError", model,
                () -> show(id, model), redirect, "nomination.returned", "/nominations/" + id);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            nominations.approve(id, version);
            Forms.flash(redirect, "nomination.approved");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable Long id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return Forms.withReason(() -> nominations.reject(id, reason, version), reason, "rejectError", model,
                () -> show(id, model), redirect, "nomination.rejected", "/nominations/" + id);
    }

    @PostMapping("/{id}/forward")
    String forward(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        nominations.forwardUpward(id, version);
        Forms.flash(redirect, "nomination.forwarded");
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/{id}/dossier")
    String upload(@PathVariable Long id, @RequestParam(required = false) String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        DossierKind dossierKind = Enums.parseOrNull(DossierKind.class, kind);
        if (dossierKind == null) {
            Forms.problem(redirect, new BusinessRuleException("dossier.error.kind"));
            return "redirect:/nominations/" + id + "#dossier";
        }
        return AttachmentRequests.upload(file, "dossier", "/nominations/" + id + "#dossier", redirect,
                (name, size, content) -> nominations.upload(id, dossierKind, name, size, content));
    }

    @PostMapping("/{id}/dossier/{fileId}/delete")
    String deleteFile(@PathVariable Long id, @PathVariable Long fileId, RedirectAttributes redirect) {
        nominations.deleteFile(id, fileId);
        Forms.flash(redirect, "dossier.deleted");
        return "redirect:/nominations/" + id + "#dossier";
    }

    @GetMapping("/{id}/dossier/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId) {
        return AttachmentRequests.download(nominations.download(id, fileId));
    }

    private String form(Model model, Nomination nomination) {
        model.addAttribute("nomination", nomination);
        model.addAttribute("units", units.activeInScope());
        model.addAttribute("forms", forms.active());
        model.addAttribute("types", NomineeType.values());
        model.addAttribute("genders", Gender.values());
        Long scope = CurrentUser.require().agencyScope();
        model.addAttribute("persons", scope == null ? List.of() : persons.ofAgency(scope));
        Long unitId = nomination != null ? nomination.getUnit().getId()
                : ((NominationForm) model.getAttribute("form")).getUnitId();
        model.addAttribute("unitReports", unitId == null || !CurrentUser.require().isRepresentative() ? List.of()
                : reports.acceptedOfUnit(unitId));
        return "nomination/form";
    }
}
