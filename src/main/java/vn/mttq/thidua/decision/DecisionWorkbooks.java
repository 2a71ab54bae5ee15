package vn.mttq.thidua.decision;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.catalogue.FormOfCommendation;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.shared.ExcelWriter;
import vn.mttq.thidua.web.Formats;

/**
 * The commendations as workbooks: the awardees of one decision or of a year's published decisions, and the
 * statistics of a year's commendations by form and by collective / individual, as the Front reports them upward.
 */
@Component
class DecisionWorkbooks {

    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    DecisionWorkbooks(MessageSource messages, Formats formats, Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** The awardees, numbered, with the decision that commends each. */
    void awardees(String title, List<Nomination> awardees, Map<Long, Decision> decisions, Locale locale, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(clock.getZone())) {
            excel.sheet(text("decision.awardees.sheet", locale), 6, 36, 12, 24, 36, 36, 36, 16, 18, 12)
                    .title(title)
                    .note(text("export.madeOn", locale) + " " + formats.date(LocalDate.now(clock)))
                    .blank()
                    .header(List.of(text("decision.awardees.number", locale), text("nomination.nominee", locale),
                            text("nomination.nomineeType", locale), text("nomination.individualPosition", locale),
                            text("pledge.unit", locale), text("account.agency", locale), text("nomination.form", locale),
                            text("nomination.registryNumber", locale), text("decision.code", locale),
                            text("decision.signedOn", locale)));
            int number = 1;
            for (Nomination n : awardees) {
                Decision decision = decisions.get(n.getDecisionId());
                excel.row(number++, n.getNomineeName(), text("nomination.type." + n.getNomineeType(), locale),
                        n.getIndividualPosition(), n.getUnitNameOnRecord(), n.getAgencyNameOnRecord(),
                        n.getForm().nameIn(locale), n.getRegistryNumber(),
                        decision == null ? null : decision.getCode(), decision == null ? null : decision.getSignedOn());
            }
            excel.totals(text("insight.total", locale), (long) awardees.size());
            excel.writeTo(out);
        }
    }

    /** A row per form of commendation: collectives, individuals and both; the totals last. */
    void statistics(int year, List<FormOfCommendation> forms, Map<Long, Map<NomineeType, Long>> counts, Locale locale,
                    OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(clock.getZone())) {
            excel.sheet(text("decision.statistics.sheet", locale), 50, 14, 14, 14)
                    .title(messages.getMessage("decision.statistics.title", new Object[] {year}, locale))
                    .note(text("export.madeOn", locale) + " " + formats.date(LocalDate.now(clock)))
                    .blank()
                    .header(List.of(text("nomination.form", locale), text("nomination.type.COLLECTIVE", locale),
                            text("nomination.type.INDIVIDUAL", locale), text("insight.total", locale)));
            long collectives = 0;
            long individuals = 0;
            for (FormOfCommendation form : forms) {
                Map<NomineeType, Long> of = counts.getOrDefault(form.getId(), Map.of());
                long c = of.getOrDefault(NomineeType.COLLECTIVE, 0L);
                long i = of.getOrDefault(NomineeType.INDIVIDUAL, 0L);
                if (c + i == 0 && !form.isActive()) {
                    continue;
                }
                excel.row(form.nameIn(locale), c, i, c + i);
                collectives += c;
                individuals += i;
            }
            excel.totals(text("insight.total", locale), collectives, individuals, collectives + individuals);
            excel.writeTo(out);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
