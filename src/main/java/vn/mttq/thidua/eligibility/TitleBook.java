package vn.mttq.thidua.eligibility;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.catalogue.NomineeType;

/**
 * The titles and ratings book as other modules write into it (a file of titles decided elsewhere): which title a
 * code or a name means, whether a holder has it for a year already, and recording one — with the same rules and
 * audit as the page.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class TitleBook {

    private final EmulationTitleRepository titles;
    private final TitleAwardRepository awards;
    private final TitleRecords records;

    TitleBook(EmulationTitleRepository titles, TitleAwardRepository awards, TitleRecords records) {
        this.titles = titles;
        this.awards = awards;
        this.records = records;
    }

    /** The title a code (CSTDCS), or its Vietnamese or English name, means for a kind of holder; none when unknown. */
    public Optional<Long> titleId(String text, NomineeType holder) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return titles.findAllByOrderBySortOrder().stream().filter(t -> t.getRecipient().accepts(holder))
                .filter(t -> t.getCode().equalsIgnoreCase(key) || t.getName().toLowerCase(Locale.ROOT).equals(key)
                        || (t.getNameEn() != null && t.getNameEn().toLowerCase(Locale.ROOT).equals(key)))
                .map(EmulationTitle::getId).findFirst();
    }

    /** Whether the unit (a collective) or the person holds that title for that year already. */
    public boolean held(NomineeType holder, Long holderId, int year, Long titleId) {
        boolean person = holder == NomineeType.INDIVIDUAL;
        return awards.held(person ? null : holderId, person ? holderId : null, year, titleId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void record(NomineeType holder, Long holderId, Long titleId, int year, String decidingBody, String documentNumber,
                       LocalDate decidedOn) {
        TitleAwardForm form = new TitleAwardForm();
        form.setTitleId(titleId);
        form.setYear(year);
        form.setDecidingBody(decidingBody);
        form.setDocumentNumber(documentNumber);
        form.setDecidedOn(decidedOn);
        records.record(holder, holderId, form);
    }
}
