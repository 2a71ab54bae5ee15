package vn.mttq.thidua.ranking;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.context.request.WebRequest;

import vn.mttq.thidua.attachment.FileType;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Downloads;
import vn.mttq.thidua.web.Forms;

/** The ranking of units by score for a period and content area; the classification thresholds. */
@Controller
@RequestMapping("/rankings")
class RankingController {

    private static final int PAGE_SIZE = 50;

    private final RankingService rankings;
    private final PeriodService periods;
    private final CampaignService campaigns;
    private final RankingWorkbook workbooks;
    private final vn.mttq.thidua.cluster.ClusterService clusters;

    RankingController(RankingService rankings, PeriodService periods, CampaignService campaigns, RankingWorkbook workbooks,
                      vn.mttq.thidua.cluster.ClusterService clusters) {
        this.clusters = clusters;
        this.rankings = rankings;
        this.periods = periods;
        this.campaigns = campaigns;
        this.workbooks = workbooks;
    }

    @InitBinder("thresholds")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "excellent", "good", "fair");
    }

    @GetMapping
    String ranking(@RequestParam(required = false) Long period, @RequestParam(required = false) Long area,
                   @RequestParam(required = false) Long cluster, @RequestParam(defaultValue = "0") int page, Model model) {
        List<ReportingPeriod> allPeriods = periods.list();
        List<ContentArea> areas = campaigns.allContentAreas();
        ReportingPeriod selectedPeriod = allPeriods.stream().filter(p -> p.getId().equals(period)).findFirst()
                .orElse(allPeriods.isEmpty() ? null : allPeriods.get(0));
        // the content areas of the period's campaign: a ranking is of one period and one of its campaign's areas
        List<ContentArea> campaignAreas = selectedPeriod == null ? areas : areas.stream()
                .filter(a -> a.getCampaign().getId().equals(selectedPeriod.getCampaign().getId())).toList();
        ContentArea selectedArea = campaignAreas.stream().filter(a -> a.getId().equals(area)).findFirst()
                .orElse(campaignAreas.isEmpty() ? null : campaignAreas.get(0));
        // the clusters of the period's year: the ranking within one of them
        List<vn.mttq.thidua.cluster.ClusterChoice> clusterChoices = selectedPeriod == null ? List.of()
                : clusters.choicesOf(selectedPeriod.getYear());
        vn.mttq.thidua.cluster.ClusterChoice selectedCluster = clusterChoices.stream().filter(c -> c.id().equals(cluster))
                .findFirst().orElse(null);
        Ranking ranking = selectedPeriod == null || selectedArea == null
                ? new Ranking(Page.empty(Paging.request(page, PAGE_SIZE)), rankings.levels())
                : rankings.rank(selectedPeriod.getId(), selectedArea.getId(),
                        selectedCluster == null ? null : selectedCluster.agencyIds(), Paging.request(page, PAGE_SIZE));
        model.addAttribute("clusters", clusterChoices);
        model.addAttribute("cluster", selectedCluster);
        model.addAttribute("periods", allPeriods);
        model.addAttribute("areas", campaignAreas);
        model.addAttribute("period", selectedPeriod);
        model.addAttribute("area", selectedArea);
        model.addAttribute("ranked", ranking.rows());
        model.addAttribute("levels", ranking.levels());
        if (!model.containsAttribute("thresholds")) {
            model.addAttribute("thresholds", thresholdsOf(ranking.levels()));
        }
        return "ranking/list";
    }

    /** The whole ranking of a period and content area, as an Excel workbook. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam Long period, @RequestParam Long area, Locale locale) {
        ReportingPeriod selectedPeriod = periods.get(period);
        ContentArea selectedArea = campaigns.findContentArea(area).orElseThrow(() -> new NotFoundException("ContentArea", area));
        byte[] workbook = workbooks.write(selectedPeriod, selectedArea, rankings.rankAll(period, area), locale);
        return Downloads.attachment("xep-hang-" + period + "-" + area + ".xlsx", FileType.XLSX, workbook);
    }

    @PostMapping("/thresholds")
    String setThresholds(@Validated @ModelAttribute("thresholds") ThresholdForm thresholds, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                rankings.setThresholds(thresholds.getExcellent(), thresholds.getGood(), thresholds.getFair());
                Forms.flash(redirect, "ranking.thresholdsSaved");
                return "redirect:/rankings";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return ranking(null, null, null, 0, model);
    }

    private static ThresholdForm thresholdsOf(List<ClassificationLevel> levels) {
        ThresholdForm form = new ThresholdForm();
        for (ClassificationLevel level : levels) {
            switch (level.getCode()) {
                case "EXCELLENT" -> form.setExcellent(level.getMinScore());
                case "GOOD" -> form.setGood(level.getMinScore());
                case "FAIR" -> form.setFair(level.getMinScore());
                default -> { }
            }
        }
        return form;
    }
}
