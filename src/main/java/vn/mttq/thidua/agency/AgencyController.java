package vn.mttq.thidua.agency;

import vn.mttq.thidua.web.ListExports;

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

import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Forms;

@Controller
@RequestMapping("/agencies")
class AgencyController {

    static final int PAGE_SIZE = 20;

    private final AgencyService agencies;
    private final UnitService units;
    private final ListExports exports;

    AgencyController(AgencyService agencies, UnitService units, ListExports exports) {
        this.exports = exports;
        this.agencies = agencies;
        this.units = units;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "kind", "name", "shortName", "parentId", "clusterId", "address", "phone", "email",
                "contactPerson", "version", "?correctionReason");
    }

    /** The agencies as the list filters them, every page, as an Excel workbook. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String state, java.util.Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        AgencyKind kindFilter = Enums.parseOrNull(AgencyKind.class, kind);
        AgencyState stateFilter = Enums.parseOrNull(AgencyState.class, state);
        exports.excel(response, "co-quan-don-vi.xlsx", "agency.list.title", locale, java.util.List.of(
                ListExports.column("agency.name", 50, Agency::getName),
                ListExports.column("agency.shortName", 24, Agency::getShortName),
                ListExports.column("agency.kind", 30, a -> exports.text("agency.kind." + a.getKind(), locale)),
                ListExports.column("agency.cluster", 30, a -> a.getCluster() == null ? null : a.getCluster().getName()),
                ListExports.column("agency.state", 16, a -> exports.text("agency.state." + a.getStatus(), locale)),
                ListExports.column("agency.endedOn", 12, Agency::getEndedOn),
                ListExports.column("agency.successor", 50, a -> a.getSuccessor() == null ? null : a.getSuccessor().getName()),
                ListExports.column("agency.formerNames", 50, a -> String.join("; ", a.formerNamesList()))),
                n -> agencies.search(q, kindFilter, stateFilter, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Model model) {
        AgencyKind kindFilter = Enums.parseOrNull(AgencyKind.class, kind);
        AgencyState stateFilter = Enums.parseOrNull(AgencyState.class, state);
        Page<Agency> result = agencies.search(q, kindFilter, stateFilter, Paging.request(page, PAGE_SIZE));
        model.addAttribute("agencies", result);
        model.addAttribute("unitCounts", agencies.activeUnitCounts(result.getContent()));
        model.addAttribute("q", q);
        model.addAttribute("kind", kindFilter);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("state", stateFilter);
        model.addAttribute("states", AgencyState.values());
        return "agency/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new AgencyForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Agency agency = agencies.create(form.details());
                Forms.flash(redirect, "agency.created", agency.getName());
                return "redirect:/agencies/" + agency.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null);
    }

    @InitBinder("renameForm")
    void allowRenameFields(WebDataBinder binder) {
        binder.setAllowedFields("newName", "effectiveOn", "legalBasis");
    }

    @InitBinder("endForm")
    void allowEndFields(WebDataBinder binder) {
        binder.setAllowedFields("how", "successorId", "endedOn", "basis", "moveRepresentatives");
    }

    @InitBinder("splitForm")
    void allowSplitFields(WebDataBinder binder) {
        binder.setAllowedFields("successorIds", "unitTo*", "representativesTo", "splitOn", "splitBasis");
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Agency agency = agencies.getVisible(id);
        model.addAttribute("agency", agency);
        model.addAttribute("units", units.of(agency));
        model.addAttribute("children", CurrentUser.require().isStaffOrAdmin() ? agencies.children(id) : java.util.List.of());
        model.addAttribute("predecessors", agencies.predecessorsOf(agency));
        java.util.List<AgencyChange> changes = agencies.changesOf(agency);
        model.addAttribute("changes", changes);
        if (CurrentUser.require().isAdmin()) {
            model.addAttribute("revertible", changes.stream().filter(c -> c.getAgency().getId().equals(id)
                    && agencies.isRevertible(c, changes)).map(AgencyChange::getId).toList());
        }
        if (CurrentUser.require().isStaffOrAdmin()) {
            model.addAttribute("statuses", java.util.List.of(AgencyStatus.MERGED, AgencyStatus.DISSOLVED));
            model.addAttribute("successors", agencies.all().stream().filter(a -> a.isActive() && !a.getId().equals(id)).toList());
            if (!model.containsAttribute("renameForm")) {
                model.addAttribute("renameForm", new AgencyChangeForms.Rename());
            }
            if (!model.containsAttribute("endForm")) {
                model.addAttribute("endForm", new AgencyChangeForms.End());
            }
            if (!model.containsAttribute("splitForm")) {
                model.addAttribute("splitForm", new AgencyChangeForms.Split());
            }
        }
        return "agency/show";
    }

    /** Staff record that the agency was renamed from a given day; a wrong value is shown beside its field. */
    @PostMapping("/{id}/rename")
    String rename(@PathVariable Long id, @Validated @ModelAttribute("renameForm") AgencyChangeForms.Rename renameForm,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                agencies.rename(id, renameForm.getNewName(), renameForm.getEffectiveOn(), renameForm.getLegalBasis());
                Forms.flash(redirect, "agency.renamed");
                return "redirect:/agencies/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("changeOpen", true);
        return show(id, model);
    }

    /**
     * Staff record that the agency was merged into another, or dissolved; a wrong value is shown beside its field.
     * Posted from the agency's page, the change is not made yet: its confirmation page says what it will do to units
     * and representatives, and posts the same form again with its seal.
     */
    @PostMapping("/{id}/end")
    String end(@PathVariable Long id, @Validated @ModelAttribute("endForm") AgencyChangeForms.End endForm,
               BindingResult result, @RequestParam(required = false) String confirmation, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            AgencyEnding ending = new AgencyEnding(endForm.getHow(), endForm.getSuccessorId(), endForm.getEndedOn(),
                    endForm.getBasis(), endForm.isMoveRepresentatives());
            try {
                if (confirmation == null) {
                    return confirmChange(model, agencies.ending(id, ending), null);
                }
                agencies.end(id, ending, confirmation);
                Forms.flash(redirect, "agency.ended");
                return "redirect:/agencies/" + id;
            } catch (BusinessRuleException e) {
                if (e.getMessageKey().startsWith("confirmation.")) {
                    return confirmChange(model, agencies.ending(id, ending), e);
                }
                Forms.reject(result, e);
            }
        }
        model.addAttribute("changeOpen", true);
        return show(id, model);
    }

    /** Staff record that the agency was split into several, and where each unit and the representatives go. */
    @PostMapping("/{id}/split")
    String split(@PathVariable Long id, @Validated @ModelAttribute("splitForm") AgencyChangeForms.Split splitForm,
                 BindingResult result, @RequestParam(required = false) String confirmation, Model model,
                 RedirectAttributes redirect) {
        // a unit's choice that names no agency is an error of one map entry: say it beside the table of units
        if (result.getFieldErrors().stream().anyMatch(e -> e.getField().startsWith("unitTo["))) {
            result.rejectValue("unitTo", "typeMismatch.java.lang.Long");
        }
        if (!result.hasErrors()) {
            AgencySplitting splitting = new AgencySplitting(splitForm.getSuccessorIds(), splitForm.getUnitTo(),
                    splitForm.getRepresentativesTo(), splitForm.getSplitOn(), splitForm.getSplitBasis());
            try {
                if (confirmation == null) {
                    return confirmChange(model, agencies.splitting(id, splitting), null);
                }
                agencies.split(id, splitting, confirmation);
                Forms.flash(redirect, "agency.splitDone");
                return "redirect:/agencies/" + id;
            } catch (BusinessRuleException e) {
                if (e.getMessageKey().startsWith("confirmation.")) {
                    return confirmChange(model, agencies.splitting(id, splitting), e);
                }
                Forms.reject(result, e);
            }
        }
        model.addAttribute("changeOpen", true);
        return show(id, model);
    }

    /** The confirmation page of an end or a split: what it will do, and the form posted again with the page's seal. */
    private String confirmChange(Model model, AgencyChangePreview preview, BusinessRuleException refused) {
        model.addAttribute("preview", preview);
        if (refused != null) {
            model.addAttribute("problem", new Forms.Flash(refused.getMessageKey(), null, null));
        }
        return "agency/change";
    }

    /** An admin's page to revert a change recorded by mistake: what it gives back, or why it cannot. */
    @GetMapping("/{id}/changes/{changeId}/revert")
    String confirmRevert(@PathVariable Long id, @PathVariable Long changeId, Model model) {
        model.addAttribute("preview", agencies.reverting(id, changeId));
        model.addAttribute("changeId", changeId);
        return "agency/revert";
    }

    @PostMapping("/{id}/changes/{changeId}/revert")
    String revert(@PathVariable Long id, @PathVariable Long changeId, @RequestParam(required = false) String confirmation,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            agencies.revert(id, changeId, confirmation, reason);
            Forms.flash(redirect, "agency.reverted");
            return "redirect:/agencies/" + id;
        } catch (BusinessRuleException e) {
            Forms.refusedOnConfirmation(model, e, reason);
            return confirmRevert(id, changeId, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Agency agency = agencies.getVisible(id);
        model.addAttribute("form", AgencyForm.of(agency));
        return form(model, agency);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") AgencyForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Agency agency = agencies.getVisible(id);
        if (!result.hasErrors()) {
            try {
                if (agency.isActive() || !CurrentUser.require().isAdmin()) {
                    agencies.update(id, form.details(), form.getVersion());
                } else {
                    agencies.correct(id, form.details(), form.getVersion(), form.getCorrectionReason());
                }
                Forms.flash(redirect, "agency.saved", form.getName());
                return "redirect:/agencies/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, agency);
    }

    private String form(Model model, Agency agency) {
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("parents", agencies.all().stream()
                .filter(a -> agency == null || !a.getId().equals(agency.getId())).toList());
        model.addAttribute("clusters", agencies.clusters());
        return "agency/form";
    }
}
