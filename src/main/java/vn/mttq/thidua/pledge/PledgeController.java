package vn.mttq.thidua.pledge;

import vn.mttq.thidua.web.ListExports;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.context.request.WebRequest;

import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.web.Forms;

/** Pledges: the list, a pledge's page with its review, and the representative's edit form. */
@Controller
@RequestMapping("/pledges")
class PledgeController {

    private final PledgeService pledges;
    private final UnitService units;
    private final AgencyService agencies;
    private final CampaignService campaigns;
    private final ListExports exports;

    PledgeController(PledgeService pledges, UnitService units, AgencyService agencies, CampaignService campaigns, ListExports exports) {
        this.exports = exports;
        this.pledges = pledges;
        this.units = units;
        this.agencies = agencies;
        this.campaigns = campaigns;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "titleAimed", "signatoryName", "signatoryPosition", "targetRows",
                "targets[*].name", "targets[*].measure", "targets[*].targetValue", "version");
        binder.setAutoGrowCollectionLimit(PledgeForm.MAX_TARGETS + 1);
    }

    /** The pledges as the list filters them, every page, as an Excel workbook. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Long area,
                @RequestParam(required = false) Long agency, @RequestParam(required = false) String status,
                java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        vn.mttq.thidua.campaign.Campaign shown = campaigns.shown(campaign, campaigns.list()).orElse(null);
        PledgeFilter filter = new PledgeFilter(q, shown == null ? null : shown.getStartYear(),
                shown == null ? null : shown.getEndYear(), year, area, agency, Enums.parseOrNull(ReviewStatus.class, status));
        exports.excel(response, "dang-ky-thi-dua.xlsx", "pledge.list.title", locale, List.of(
                ListExports.column("pledge.unit", 40, Pledge::getUnitNameOnRecord),
                ListExports.column("account.agency", 40, Pledge::getAgencyNameOnRecord),
                ListExports.column("pledge.year", 8, Pledge::getYear),
                ListExports.column("pledge.titleAimed", 30, p -> exports.text("pledge.title." + p.getTitleAimed(), locale)),
                ListExports.column("review.status", 14, p -> exports.text("review.status." + p.getStatus(), locale)),
                ListExports.column("review.submittedAt", 18, Pledge::getSubmittedAt)),
                n -> pledges.search(filter, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long area, @RequestParam(required = false) Long agency,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        ReviewStatus statusFilter = Enums.parseOrNull(ReviewStatus.class, status);
        List<vn.mttq.thidua.campaign.Campaign> all = campaigns.list();
        vn.mttq.thidua.campaign.Campaign shown = campaigns.shown(campaign, all).orElse(null);
        Page<Pledge> result = pledges.search(new PledgeFilter(q, shown == null ? null : shown.getStartYear(),
                shown == null ? null : shown.getEndYear(), year, area, agency, statusFilter),
                Paging.request(page, 20));
        model.addAttribute("campaign", shown);
        model.addAttribute("campaigns", all);
        model.addAttribute("pledges", result);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("agency", agency);
        model.addAttribute("status", statusFilter);
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("areas", campaigns.allContentAreas().stream()
                .filter(a -> shown == null || a.getCampaign().getId().equals(shown.getId())).toList());
        model.addAttribute("years", pledges.years(all));
        CurrentUser user = CurrentUser.require();
        model.addAttribute("agencies", user.isStaffOrAdmin() ? agencies.chosen(agency) : List.of());
        model.addAttribute("myUnits", user.isRepresentative() ? units.activeInScope() : List.of());
        return "pledge/list";
    }

    /** A representative starts (or reopens) the pledge of one of their units for a year. */
    @PostMapping
    String start(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
                 RedirectAttributes redirect) {
        if (unitId == null || year == null) {
            Forms.problem(redirect, new BusinessRuleException("pledge.error.chooseUnitAndYear"));
            return "redirect:/pledges";
        }
        try {
            Pledge pledge = pledges.start(unitId, year);
            return "redirect:/pledges/" + pledge.getId() + (pledge.getStatus().isEditable() ? "/edit" : "");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
            return "redirect:/pledges";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Pledge pledge = pledges.getVisible(id);
        model.addAttribute("pledge", pledge);
        model.addAttribute("changes", pledges.changesOfLatestSubmission(pledge));
        return "pledge/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Pledge pledge = pledges.getVisible(id);
        PledgeForm form = PledgeForm.of(pledge);
        if (form.getTargets().isEmpty()) {
            form.getTargets().add(new PledgeForm.Target());
        }
        model.addAttribute("form", form);
        return form(model, pledge);
    }

    /**
     * Saves the form, or adds or removes a target row (re-shown unsaved, with everything typed), or saves and
     * submits.
     */
    @PostMapping("/{id}")
    String save(@PathVariable Long id, @RequestParam(defaultValue = "save") String action,
                @RequestParam(required = false) Integer removeTarget,
                @Validated @ModelAttribute("form") PledgeForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Pledge pledge = pledges.getVisible(id);
        if ("addTarget".equals(action) && form.getTargets().size() < PledgeForm.MAX_TARGETS) {
            form.getTargets().add(new PledgeForm.Target());
            return form(model, pledge);
        }
        if (removeTarget != null) {
            if (removeTarget >= 0 && removeTarget < form.getTargets().size()) {
                form.getTargets().remove((int) removeTarget);
            }
            return form(model, pledge);
        }
        Forms.requireRows(result, form.getTargetRows(), form.getTargets().size());
        if (!result.hasErrors()) {
            try {
                if ("submit".equals(action)) {
                    pledges.saveAndSubmit(id, form.details(), form.getVersion());
                    Forms.flash(redirect, "pledge.submitted");
                    return "redirect:/pledges/" + id;
                }
                pledges.save(id, form.details(), form.getVersion());
                Forms.flash(redirect, "pledge.saved");
                return "redirect:/pledges/" + id + "/edit";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, pledge);
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        pledges.accept(id, version);
        Forms.flash(redirect, "pledge.accepted");
        return "redirect:/pledges/" + id;
    }

    @PostMapping("/{id}/return")
    String returnForChanges(@PathVariable Long id, @RequestParam(defaultValue = "") String reason,
                            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return Forms.withReason(() -> pledges.returnForChanges(id, reason, version), reason, "reasonError", model,
                () -> show(id, model), redirect, "pledge.returned", "/pledges/" + id);
    }

    private String form(Model model, Pledge pledge) {
        model.addAttribute("pledge", pledge);
        model.addAttribute("titles", EmulationTitle.values());
        model.addAttribute("open", pledges.canSubmit(pledge));
        model.addAttribute("window", pledges.windowOf(pledge).orElse(null));
        return "pledge/form";
    }

}
