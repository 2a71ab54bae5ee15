package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.util.Map;

/**
 * Published, in the creating transaction, when a campaign is created: the periods and criteria modules set up
 * theirs (proposed periods; for a copy, the source's period pattern and criteria trees).
 *
 * @param copiedFrom  the campaign it was copied from, or null
 * @param areaCopies  for a copy, each source content area's id and the id of its copy
 */
@NamedInterface("api")
public record CampaignCreated(Long campaignId, int startYear, int endYear, Long copiedFrom, Map<Long, Long> areaCopies) {
}
