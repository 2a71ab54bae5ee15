package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

/** What a campaign says of itself: the command a campaign is created or described with. */
@NamedInterface("api")
public record CampaignDetails(String name, String nameEn, String shortName, String organiser, String coordinatingBody,
                              String description, int startYear, int endYear) {
}
