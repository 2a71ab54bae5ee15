package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.util.Optional;
import java.time.LocalDate;

/**
 * When a campaign's final review begins: the opening day of its final review period. Declared here, answered by
 * the module that keeps the periods, so that the campaign's rules can hold a final review to its time.
 */
@NamedInterface("api")
public interface CampaignCalendar {

    /** The day the campaign's final review period opens, if it has one. */
    Optional<LocalDate> finalReviewOpensOn(Campaign campaign);
}
