package vn.mttq.thidua.insight;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.agency.AgencyKind;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.web.Downloads;

/**
 * The dashboard of a campaign, the list of units behind its participation and missing-report figures, and the
 * consolidated report of a period as Excel and PDF.
 */
@Controller
class DashboardController {

    private final InsightService insight;
    private final DashboardCharts charts;
    private final ConsolidatedReport consolidated;

    DashboardController(InsightService insight, DashboardCharts charts, ConsolidatedReport consolidated) {
        this.insight = insight;
        this.charts = charts;
        this.consolidated = consolidated;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String campaign, @RequestParam(required = false) Long period,
                     @RequestParam(required = false) Long agency, Locale locale, Model model) {
        Dashboard dashboard = insight.dashboard(campaign, period, agency).orElse(null);
        model.addAttribute("d", dashboard);
        if (dashboard != null) {
            model.addAttribute("charts", charts.json(dashboard, locale));
        }
        return "insight/dashboard";
    }

    @GetMapping("/dashboard/units")
    String units(@RequestParam(required = false) String campaign, @RequestParam(required = false) Long period,
                 @RequestParam(required = false) Long area, @RequestParam(required = false) String kind,
                 @RequestParam(defaultValue = "false") boolean missing, @RequestParam(required = false) Long agency,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        AgencyKind agencyKind = Enums.parseOrNull(AgencyKind.class, kind);
        model.addAttribute("list", insight.takingPart(campaign, area, agencyKind == null ? null : agencyKind.name(), period, missing, agency,
                        vn.mttq.thidua.shared.Paging.request(page, 50))
                .orElseThrow(() -> new NotFoundException("Campaign", null)));
        return "insight/units";
    }

    @GetMapping("/dashboard/consolidated.xlsx")
    void consolidatedExcel(@RequestParam Long period, Locale locale, HttpServletResponse response) {
        InsightService.Consolidated report = insight.consolidated(period);
        Downloads.stream(response, ConsolidatedReport.fileName(report.period(), "xlsx"), Downloads.XLSX,
                out -> consolidated.excel(report, locale, out));
    }

    /** The PDF has a page per few dozen lines: it is made whole first, so that a failure still gets the error page. */
    @GetMapping("/dashboard/consolidated.pdf")
    ResponseEntity<byte[]> consolidatedPdf(@RequestParam Long period, Locale locale) {
        InsightService.Consolidated report = insight.consolidated(period);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        consolidated.pdf(report, locale, pdf);
        return Downloads.attachment(ConsolidatedReport.fileName(report.period(), "pdf"), Downloads.PDF, pdf.toByteArray());
    }
}
