package vn.mttq.thidua.agency;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignWork;

/** The units taking part in a campaign (not withdrawn), as a step of its life shows them. */
@Component
@Order(2)
@Transactional(readOnly = true)
class UnitsOfCampaign implements CampaignWork {

    private final ParticipationRepository participations;

    UnitsOfCampaign(ParticipationRepository participations) {
        this.participations = participations;
    }

    @Override
    public List<Figure> figures(Campaign campaign, LocalDate today) {
        return List.of(Figure.shown("campaign.figure.unitsTakingPart",
                participations.countActiveOfCampaign(campaign.getId())));
    }
}
