package vn.mttq.thidua.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignCalendar;
import vn.mttq.thidua.campaign.CampaignWork;

/**
 * The campaign's periods, as a step of its life asks of them: how many are open today (late ones included) and how
 * many are still to come, and when its final review period opens.
 */
@Component
@Order(1)
@Transactional(readOnly = true)
class PeriodsOfCampaign implements CampaignWork, CampaignCalendar {

    private final PeriodRepository periods;

    PeriodsOfCampaign(PeriodRepository periods) {
        this.periods = periods;
    }

    @Override
    public List<Figure> figures(Campaign campaign, LocalDate today) {
        List<ReportingPeriod> all = periods.ofCampaign(campaign.getId());
        long open = all.stream().filter(p -> p.phaseOn(today) == PeriodPhase.OPEN || p.phaseOn(today) == PeriodPhase.LATE)
                .count();
        long upcoming = all.stream().filter(p -> p.phaseOn(today) == PeriodPhase.UPCOMING).count();
        return List.of(Figure.periodAhead("campaign.figure.periodsOpen", open),
                Figure.periodAhead("campaign.figure.periodsToCome", upcoming));
    }

    @Override
    public Optional<LocalDate> finalReviewOpensOn(Campaign campaign) {
        return periods.ofCampaign(campaign.getId()).stream().filter(p -> p.getKind() == PeriodKind.FINAL_REVIEW)
                .map(ReportingPeriod::getOpensOn).min(LocalDate::compareTo);
    }
}
