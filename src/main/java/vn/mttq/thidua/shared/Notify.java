package vn.mttq.thidua.shared;

import java.util.List;

/**
 * An application event: tell people that something happened to them. Published by the module where it happens,
 * inside the transaction that makes it happen; the notices module writes the notices in that same transaction (so a
 * change that rolls back tells nobody) and e-mails them later.
 *
 * @param kind       what happened, one of the notice kinds (its words are {@code notice.<kind>} in the bundles)
 * @param agencyId   when not null, the representatives of that agency are told
 * @param accountIds people told by name (council members), besides or instead of an agency's representatives
 * @param staff      whether every member of staff and every admin is told
 * @param eventKey   what makes this event itself: a person is told once per key, whoever sends it and however often
 * @param link       the page to open, relative to the application (/reports/12)
 * @param args       the words of the message: names, periods, reasons
 */
public record Notify(String kind, Long agencyId, List<Long> accountIds, boolean staff, String eventKey, String link, List<String> args) {

    public static Notify agency(String kind, Long agencyId, String eventKey, String link, String... args) {
        return new Notify(kind, agencyId, List.of(), false, eventKey, link, List.of(args));
    }

    public static Notify accounts(String kind, List<Long> accountIds, String eventKey, String link, String... args) {
        return new Notify(kind, null, accountIds, false, eventKey, link, List.of(args));
    }

    /** Tells every member of staff and every admin. */
    public static Notify staff(String kind, String eventKey, String link, String... args) {
        return new Notify(kind, null, List.of(), true, eventKey, link, List.of(args));
    }
}
