package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.Confirmation;
import vn.mttq.thidua.shared.Notify;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.Versions;

/**
 * Campaigns: every role reads them; staff and admins create one (from scratch or as a copy of an earlier one),
 * describe it, give it content areas and a legal basis, and take it through its life. Creating a campaign
 * publishes {@link CampaignCreated}, on which the periods and criteria modules set up their part.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final ContentAreaRepository contentAreas;
    private final LegalDocumentRepository legalDocuments;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ObjectProvider<CampaignWork> work;
    private final ObjectProvider<CampaignCalendar> calendar;

    /** How many records awaiting review a close's confirmation page links to (the figures count them all). */
    static final int WAITING_SHOWN = 20;

    CampaignService(CampaignRepository campaigns, ContentAreaRepository contentAreas,
                    LegalDocumentRepository legalDocuments, ApplicationEventPublisher events, AuditLog auditLog,
                    Clock clock, ObjectProvider<CampaignWork> work, ObjectProvider<CampaignCalendar> calendar) {
        this.work = work;
        this.calendar = calendar;
        this.campaigns = campaigns;
        this.contentAreas = contentAreas;
        this.legalDocuments = legalDocuments;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Campaign> list() {
        return campaigns.findAllOrdered();
    }

    /** A campaign with its content areas loaded. */
    public Campaign get(Long id) {
        return campaigns.findWithContentAreas(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    /** The campaign a year belongs to (campaigns' years do not overlap), if any. */
    public Optional<Campaign> ofYear(int year) {
        return campaigns.findAllOrdered().stream().filter(c -> c.covers(year)).findFirst();
    }

    /**
     * The campaign running today: the launched one (or in final review) whose years hold this year, else the
     * latest launched, else the latest that is not a draft, else the latest there is.
     */
    public Optional<Campaign> current() {
        return current(campaigns.findAllOrdered());
    }

    /** The same, among campaigns a page has already read (newest first, as {@link #list()} gives them). */
    public Optional<Campaign> current(List<Campaign> all) {
        int thisYear = LocalDate.now(clock).getYear();
        java.util.function.Predicate<Campaign> running = c -> c.getStatus() == CampaignStatus.LAUNCHED
                || c.getStatus() == CampaignStatus.FINAL_REVIEW;
        return all.stream().filter(running).filter(c -> c.covers(thisYear)).findFirst()
                .or(() -> all.stream().filter(running).findFirst())
                .or(() -> all.stream().filter(c -> c.getStatus() != CampaignStatus.DRAFT).findFirst())
                .or(() -> all.stream().findFirst());
    }

    /**
     * The campaign a list shows, among the campaigns it has read: the one its {@code campaign} parameter names,
     * none ("all", or an id that names no campaign) for every campaign, the current one when there is no parameter.
     */
    public Optional<Campaign> shown(String parameter, List<Campaign> all) {
        if (parameter == null || parameter.isBlank()) {
            return current(all);
        }
        return all.stream().filter(c -> c.getId().toString().equals(parameter)).findFirst();
    }

    public List<LegalDocument> legalBasis(Long campaignId) {
        return legalDocuments.findByCampaignIdOrderBySortOrder(campaignId);
    }

    /** Every content area of every campaign, newest campaign first: the choices of a unit's form. */
    public List<ContentArea> allContentAreas() {
        return contentAreas.findAllOrdered();
    }

    /**
     * The content areas a unit can be registered in, by campaign, newest first: those of the campaigns not closed,
     * and the one it is in now (so that its form shows it).
     */
    public java.util.Map<Campaign, List<ContentArea>> areasToRegisterIn(Long currentAreaId) {
        java.util.Map<Campaign, List<ContentArea>> byCampaign = new java.util.LinkedHashMap<>();
        for (ContentArea area : contentAreas.findAllOrdered()) {
            if (area.getCampaign().getStatus().isOpen() || area.getId().equals(currentAreaId)) {
                byCampaign.computeIfAbsent(area.getCampaign(), c -> new java.util.ArrayList<>()).add(area);
            }
        }
        return byCampaign;
    }

    /** A campaign's content areas, by number; none for no campaign. */
    public List<ContentArea> areasOf(Campaign campaign) {
        return campaign == null ? List.of() : contentAreas.findByCampaignIdOrderByNumber(campaign.getId());
    }

    public Optional<ContentArea> findContentArea(Long id) {
        return id == null ? Optional.empty() : contentAreas.findById(id);
    }

    /**
     * A new draft campaign; as a copy of {@code copyFrom} it takes that campaign's content areas (and, through
     * {@link CampaignCreated}, its criteria trees and period pattern) — nothing else.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Campaign create(CampaignDetails details, Long copyFrom) {
        Campaign source = copyFrom == null ? null : get(copyFrom);
        requireNoOverlap(null, details.startYear(), details.endYear());
        Campaign campaign = new Campaign(newCode(details), details);
        campaigns.save(campaign);
        auditLog.created(campaign);
        Map<Long, Long> copies = new LinkedHashMap<>();
        if (source != null) {
            for (ContentArea area : source.getContentAreas()) {
                ContentArea copy = contentAreas.save(campaign.addArea(area.details()));
                auditLog.created(copy);
                copies.put(area.getId(), copy.getId());
            }
        }
        events.publishEvent(new CampaignCreated(campaign.getId(), campaign.getStartYear(), campaign.getEndYear(),
                source == null ? null : source.getId(), copies));
        return campaign;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Campaign describe(Long id, CampaignDetails details, Long version) {
        Campaign campaign = get(id);
        Versions.check(Campaign.class, id, campaign.getVersion(), version);
        requireNoOverlap(id, details.startYear(), details.endYear());
        Map<String, Object> before = campaign.auditState();
        campaign.describe(details);
        auditLog.changed("UPDATE", campaign, before);
        return campaign;
    }

    /**
     * What the step to {@code to} would do now: the figures of the campaign's work that each module holds, what
     * awaits review (for a close), whether it may be taken and by whom, and the seal its confirmation form carries.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public CampaignStepPreview preview(Long id, CampaignStatus to) {
        return preview(get(id), to, true);
    }

    private CampaignStepPreview preview(Campaign campaign, CampaignStatus to, boolean withWaiting) {
        LocalDate today = LocalDate.now(clock);
        List<CampaignWork.Figure> figures = work.orderedStream().flatMap(w -> w.figures(campaign, today).stream()).toList();
        CampaignFacts facts = CampaignFacts.of(figures, calendar.getIfAvailable() == null ? Optional.empty()
                : calendar.getObject().finalReviewOpensOn(campaign), today);
        List<CampaignWork.Waiting> waiting = withWaiting && to == CampaignStatus.CLOSED && facts.awaitingReview() > 0
                ? work.orderedStream().flatMap(w -> w.waiting(campaign, WAITING_SHOWN).stream()).toList() : List.of();
        String seal = Confirmation.of("campaign", campaign.getId(), campaign.getVersion(), campaign.getStatus(), to,
                figures, facts.finalReviewOpensOn());
        return new CampaignStepPreview(campaign, to, figures, waiting, campaign.check(to, facts), seal);
    }

    /**
     * A step of the campaign's life, taken as its confirmation page showed it ({@code confirmation}, refused if the
     * page was skipped or what it said has changed) and as its rules allow ({@link Campaign#check}); an admin's step
     * carries its reason. Audited; the modules holding the campaign's work do their part on {@link CampaignStepped};
     * a step back tells staff.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Campaign step(Long id, CampaignStatus to, Long version, String confirmation, String reason) {
        Campaign campaign = get(id);
        Versions.check(Campaign.class, id, campaign.getVersion(), version);
        CampaignStepPreview preview = preview(campaign, to, false);
        Confirmation.require(confirmation, preview.confirmation());
        preview.check().require(CurrentUser.require().isAdmin(), reason);
        String written = preview.check().needsReason() ? reason.trim() : null;
        CampaignStatus from = campaign.getStatus();
        Map<String, Object> before = campaign.auditState();
        campaign.step(to, clock.instant(), written);
        auditLog.changed(from.isBack(to) ? "BACK_TO_" + to.name() : to.name(), campaign, before, written);
        events.publishEvent(new CampaignStepped(campaign.getId(), from, to, written));
        if (from.isBack(to)) {
            String kind = "CAMPAIGN_BACK_TO_" + to.name();
            events.publishEvent(Notify.staff(kind, kind + ":" + id + ":" + campaign.getVersion(), "/campaigns/" + id,
                    campaign.getShortName(), campaign.getStartYear() + "–" + campaign.getEndYear(), written));
        }
        return campaign;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public ContentArea addArea(Long campaignId, AreaDetails details) {
        Campaign campaign = get(campaignId);
        ContentArea area = contentAreas.save(campaign.addArea(details));
        auditLog.created(area);
        return area;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public ContentArea describeArea(Long campaignId, Long areaId, AreaDetails details) {
        ContentArea area = area(campaignId, areaId);
        Map<String, Object> before = area.auditState();
        area.describe(details);
        auditLog.changed("UPDATE", area, before);
        return area;
    }

    public ContentArea area(Long campaignId, Long areaId) {
        return contentAreas.findWithCampaign(areaId).filter(a -> a.getCampaign().getId().equals(campaignId))
                .orElseThrow(() -> new NotFoundException("ContentArea", areaId));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public LegalDocument addDocument(Long campaignId, String number, LocalDate issuedOn, String issuer, String title) {
        Campaign campaign = get(campaignId);
        campaign.requireOpen();
        List<LegalDocument> existing = legalDocuments.findByCampaignIdOrderBySortOrder(campaignId);
        if (existing.stream().anyMatch(d -> d.getNumber().equalsIgnoreCase(number.trim()))) {
            throw BusinessRuleException.onField("number", "campaign.error.documentTwice");
        }
        LegalDocument document = legalDocuments.save(new LegalDocument(campaign, number.trim(), issuedOn, issuer.trim(),
                title.trim(), existing.stream().mapToInt(LegalDocument::getSortOrder).max().orElse(0) + 1));
        auditLog.created(document);
        return document;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void removeDocument(Long campaignId, Long documentId) {
        Campaign campaign = get(campaignId);
        campaign.requireOpen();
        LegalDocument document = legalDocuments.findById(documentId)
                .filter(d -> d.getCampaign().getId().equals(campaignId))
                .orElseThrow(() -> new NotFoundException("LegalDocument", documentId));
        auditLog.record("DELETE", document.auditType(), document.getId(), document.getNumber(), document.auditState(), null);
        legalDocuments.delete(document);
    }

    /** Campaigns follow one another: their years may not overlap, so that a year names one campaign. */
    private void requireNoOverlap(Long self, int start, int end) {
        boolean overlaps = campaigns.findAll().stream().filter(c -> !c.getId().equals(self))
                .anyMatch(c -> start <= c.getEndYear() && end >= c.getStartYear());
        if (overlaps) {
            throw BusinessRuleException.onField("startYear", "campaign.error.overlap");
        }
    }

    /** A code from the short name's initials and the years: "DKST-2026-2030", with a suffix if it is taken. */
    private String newCode(CampaignDetails details) {
        StringBuilder initials = new StringBuilder();
        for (String word : SearchText.fold(details.shortName()).toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        String base = (initials.length() == 0 ? "PT" : initials.substring(0, Math.min(12, initials.length())))
                + "-" + details.startYear() + "-" + details.endYear();
        String code = base;
        for (int i = 2; campaigns.existsByCode(code); i++) {
            code = base + "-" + i;
        }
        return code;
    }
}
