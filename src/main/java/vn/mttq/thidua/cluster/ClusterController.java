package vn.mttq.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Downloads;
import vn.mttq.thidua.web.Forms;

/** The clusters of a year, setting one up or copying last year's, and a cluster's page with its covenant. */
@Controller
@RequestMapping("/clusters")
class ClusterController {

    private final ClusterService clusters;
    private final CampaignService campaigns;
    private final CovenantPdf pdf;
    private final Clock clock;
    private final ClusterReviews reviews;
    private final vn.mttq.thidua.catalogue.FormCatalog forms;
    private final vn.mttq.thidua.web.ListExports exports;

    ClusterController(ClusterService clusters, CampaignService campaigns, CovenantPdf pdf, Clock clock, ClusterReviews reviews,
                      vn.mttq.thidua.catalogue.FormCatalog forms, vn.mttq.thidua.web.ListExports exports) {
        this.exports = exports;
        this.reviews = reviews;
        this.forms = forms;
        this.clusters = clusters;
        this.campaigns = campaigns;
        this.pdf = pdf;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowClusterFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "year", "name", "kind", "memberIds", "headId", "deputyId", "decisionNumber",
                "decisionDate", "version");
    }

    @InitBinder("covenantForm")
    void allowCovenantFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "preamble", "targets[*].areaNumber", "targets[*].text", "shown");
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        List<Cluster> ofYear = clusters.ofYear(shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", clusters.years());
        model.addAttribute("clusters", ofYear);
        model.addAttribute("covenants", clusters.covenantsOf(ofYear));
        if (ofYear.isEmpty()) {
            model.addAttribute("toCopy", clusters.countOf(shown - 1));
        }
        return "cluster/list";
    }

    /** The year's clusters as the list shows them, with who heads them and how many signed the covenant, as a workbook. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) Integer year, java.util.Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        List<Cluster> ofYear = clusters.ofYear(shown);
        java.util.Map<Long, Covenant> covenants = clusters.covenantsOf(ofYear);
        exports.excel(response, "cum-khoi-thi-dua-" + shown + ".xlsx", "menu.clusters", locale, List.of(
                vn.mttq.thidua.web.ListExports.column("cluster.name", 40, Cluster::getName),
                vn.mttq.thidua.web.ListExports.column("cluster.kind", 14, c -> exports.text("cluster.kind." + c.getKind(), locale)),
                vn.mttq.thidua.web.ListExports.column("cluster.head", 40, c -> c.getHead() == null ? "" : c.getHead().getName()),
                vn.mttq.thidua.web.ListExports.column("cluster.deputy", 40, c -> c.getDeputy() == null ? "" : c.getDeputy().getName()),
                vn.mttq.thidua.web.ListExports.column("cluster.members", 60, c -> String.join("; ",
                        c.agencies().stream().map(vn.mttq.thidua.agency.Agency::getName).toList())),
                vn.mttq.thidua.web.ListExports.column("covenant.title", 16, c -> covenants.containsKey(c.getId())
                        ? exports.text("covenant.status." + covenants.get(c.getId()).getStatus(), locale) : ""),
                vn.mttq.thidua.web.ListExports.column("covenant.signature", 30, c -> covenants.containsKey(c.getId())
                        ? String.join("; ", covenants.get(c.getId()).getSignatures().stream()
                                .map(sig -> sig.getAgency().getName()).toList()) : "")),
                // one page, at most the export's page size: a year has a few clusters
                page -> new org.springframework.data.domain.PageImpl<>(page == 0 ? ofYear : List.of(),
                        org.springframework.data.domain.PageRequest.of(page, vn.mttq.thidua.web.ListExports.PAGE_SIZE), ofYear.size()));
    }

    @PostMapping("/copy")
    String copy(@RequestParam int from, @RequestParam int to, RedirectAttributes redirect) {
        try {
            Forms.flash(redirect, "cluster.copied", String.valueOf(clusters.copy(from, to).size()), String.valueOf(from));
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/clusters?year=" + to;
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Integer year, Model model) {
        ClusterForm form = new ClusterForm();
        form.setYear(year == null ? LocalDate.now(clock).getYear() : year);
        form.setKind(ClusterKind.BLOCK);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String add(@Validated @ModelAttribute("form") ClusterForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Cluster cluster = clusters.create(form.details());
                Forms.flash(redirect, "cluster.saved", cluster.getName());
                return "redirect:/clusters/" + cluster.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Cluster cluster = clusters.visible(id);
        Covenant covenant = clusters.covenantOf(cluster).orElse(null);
        if (!model.containsAttribute("covenantForm")) {
            model.addAttribute("covenantForm", draftOf(cluster, covenant));
        }
        return page(cluster, covenant, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Cluster cluster = clusters.visible(id);
        model.addAttribute("form", ClusterForm.of(cluster));
        return form(model, cluster);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") ClusterForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Cluster cluster = clusters.visible(id);
        if (!result.hasErrors()) {
            try {
                clusters.update(id, form.details(), form.getVersion());
                Forms.flash(redirect, "cluster.saved", form.getName().strip());
                return "redirect:/clusters/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, cluster);
    }

    /** A cluster set up by mistake removed, while it has no covenant and no review. */
    @PostMapping("/{id}/delete")
    String remove(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            Cluster removed = clusters.remove(id, reviews.of(clusters.visible(id)).isPresent());
            Forms.flash(redirect, "cluster.removed", removed.getName());
            return "redirect:/clusters?year=" + removed.getYear();
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
            return "redirect:/clusters/" + id;
        }
    }

    @PostMapping("/{id}/covenant")
    String draft(@PathVariable Long id, @Validated @ModelAttribute("covenantForm") CovenantForm covenantForm,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        Forms.requireRows(result, covenantForm.getShown(), covenantForm.getTargets().size());
        if (!result.hasErrors()) {
            try {
                clusters.draft(id, covenantForm.getPreamble(), covenantForm.targets());
                Forms.flash(redirect, "covenant.saved");
                return "redirect:/clusters/" + id + "#covenant";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        Cluster cluster = clusters.visible(id);
        return page(cluster, clusters.covenantOf(cluster).orElse(null), model);
    }

    @PostMapping("/{id}/covenant/open")
    String open(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "covenant.opened", () -> clusters.open(id));
    }

    @PostMapping("/{id}/covenant/draft-again")
    String backToDraft(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "covenant.backToDraft", () -> clusters.backToDraft(id));
    }

    @PostMapping("/{id}/covenant/sign")
    String sign(@PathVariable Long id, RedirectAttributes redirect) {
        return step(id, redirect, "covenant.signedByMe", () -> clusters.sign(id));
    }

    /** The covenant as the members sign it on paper: targets and a signature line for each member. */
    @GetMapping("/{id}/covenant.pdf")
    ResponseEntity<byte[]> covenantPdf(@PathVariable Long id) {
        Cluster cluster = clusters.visible(id);
        Covenant covenant = clusters.covenantOf(cluster).orElseThrow(
                () -> new vn.mttq.thidua.shared.NotFoundException("Covenant", id));
        return Downloads.attachment("giao-uoc-thi-dua-" + cluster.getYear() + "-" + id + ".pdf", Downloads.PDF,
                pdf.of(cluster, covenant, areas(cluster)));
    }

    private static String step(Long id, RedirectAttributes redirect, String doneKey, Runnable step) {
        return Forms.step(step, redirect, doneKey, "/clusters/" + id + "#covenant");
    }

    /** The draft's form: the covenant's words, or for a first draft one target a content area of the year's campaign. */
    private CovenantForm draftOf(Cluster cluster, Covenant covenant) {
        CovenantForm form = new CovenantForm();
        if (covenant != null) {
            form.setPreamble(covenant.getPreamble());
            covenant.getTargets().forEach(t -> form.getTargets().add(row(t.getAreaNumber(), t.getText())));
        } else {
            areas(cluster).forEach(a -> form.getTargets().add(row(a.getNumber(), "")));
        }
        form.getTargets().add(row(null, ""));
        form.setShown(form.getTargets().size());
        return form;
    }

    private static CovenantForm.Row row(Integer area, String text) {
        CovenantForm.Row row = new CovenantForm.Row();
        row.setAreaNumber(area);
        row.setText(text);
        return row;
    }

    private List<ContentArea> areas(Cluster cluster) {
        return campaigns.ofYear(cluster.getYear()).map(campaigns::areasOf).orElse(List.of());
    }

    private String page(Cluster cluster, Covenant covenant, Model model) {
        model.addAttribute("cluster", cluster);
        model.addAttribute("covenant", covenant);
        model.addAttribute("areasByNumber", areas(cluster).stream()
                .collect(java.util.stream.Collectors.toMap(ContentArea::getNumber, a -> a)));
        Long me = vn.mttq.thidua.security.CurrentUser.require().agencyScope();
        model.addAttribute("isHead", me != null && cluster.isHeadedBy(me));
        model.addAttribute("myAgency", me);
        ClusterReview review = reviews.of(cluster).orElse(null);
        model.addAttribute("review", review);
        model.addAttribute("methods", ReviewMethod.values());
        if (review != null) {
            model.addAttribute("tally", reviews.tally(cluster, review));
            java.util.Map<Long, java.math.BigDecimal> myScores = new java.util.HashMap<>();
            reviews.marksOf(review).stream().filter(m -> m.getScorerId().equals(me)).forEach(m -> myScores.put(m.getScoredId(), m.getScore()));
            model.addAttribute("myScores", myScores);
            model.addAttribute("myVote", reviews.votesOf(review).stream().filter(v -> v.getVoterId().equals(me))
                    .map(ClusterVote::getChosenId).findFirst().orElse(null));
            model.addAttribute("minutes", reviews.minutesOf(review).orElse(null));
            List<ClusterProposal> proposals = reviews.proposalsOf(review);
            model.addAttribute("proposals", proposals);
            model.addAttribute("proposedAgencies", proposals.stream().map(ClusterProposal::getAgencyId).toList());
            model.addAttribute("collectiveForms", forms.active().stream()
                    .filter(f -> f.getRecipient().accepts(vn.mttq.thidua.catalogue.NomineeType.COLLECTIVE)).toList());
            model.addAttribute("formsById", forms.all().stream().collect(java.util.stream.Collectors.toMap(f -> f.getId(), f -> f)));
            model.addAttribute("agencyNames", cluster.agencies().stream().collect(java.util.stream.Collectors.toMap(
                    vn.mttq.thidua.agency.Agency::getId, vn.mttq.thidua.agency.Agency::getName)));
        }
        return "cluster/show";
    }

    private String form(Model model, Cluster cluster) {
        model.addAttribute("cluster", cluster);
        model.addAttribute("agencies", clusters.agencyChoices());
        model.addAttribute("kinds", ClusterKind.values());
        return "cluster/form";
    }
}
