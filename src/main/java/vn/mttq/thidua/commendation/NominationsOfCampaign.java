package vn.mttq.thidua.commendation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignWork;

/**
 * The nominations of a campaign's years still in progress (not yet commended, forwarded, rejected or failed), as a
 * step of its life shows them: they go on after a close, since a closed campaign's final review is still commended.
 */
@Component
@Order(5)
@Transactional(readOnly = true)
class NominationsOfCampaign implements CampaignWork {

    /** Where a nomination's path has ended. */
    static final Set<NominationStatus> ENDED = EnumSet.of(NominationStatus.FAILED, NominationStatus.REJECTED,
            NominationStatus.COMMENDED, NominationStatus.FORWARDED);

    private final NominationRepository nominations;

    NominationsOfCampaign(NominationRepository nominations) {
        this.nominations = nominations;
    }

    @Override
    public List<Figure> figures(Campaign campaign, LocalDate today) {
        return List.of(Figure.shown("campaign.figure.nominationsInProgress",
                nominations.countByStatusNotInAndYearBetween(ENDED, campaign.getStartYear(), campaign.getEndYear())));
    }
}
