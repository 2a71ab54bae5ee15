package vn.mttq.thidua.bulkimport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyKind;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.agency.EmulationCluster;
import vn.mttq.thidua.agency.UnitKind;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.eligibility.TitleBook;
import vn.mttq.thidua.person.PersonRecord;
import vn.mttq.thidua.person.PersonService;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * Checks every row of a file before anything is written, the way the forms and services would: required cells, kinds
 * and roles (by code or by their Vietnamese or English words), names already taken (in the database or earlier in the
 * file), agencies, clusters and content areas that exist (or, for a parent agency, come earlier in the file), e-mail
 * addresses and the password policy. Every error names its row and column.
 */
@Component
class ImportChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");
    private static final int MAX_TEXT = 255;

    /** One error: the row in the file, the column, the message and its argument. */
    record RowError(int row, String column, String key, String argument) {
    }

    private final AgencyService agencies;
    private final UnitService units;
    private final AccountService accounts;
    private final CampaignService campaigns;
    private final MessageSource messages;
    private final PersonService persons;
    private final TitleBook titleBook;
    private final Clock clock;

    ImportChecks(AgencyService agencies, UnitService units, AccountService accounts, CampaignService campaigns,
                 MessageSource messages, PersonService persons, TitleBook titleBook, Clock clock) {
        this.persons = persons;
        this.titleBook = titleBook;
        this.clock = clock;
        this.agencies = agencies;
        this.units = units;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    List<RowError> check(ImportKind kind, List<ImportFile.Line> lines) {
        List<RowError> errors = new ArrayList<>();
        Lookups lookups = lookups();
        Set<String> seen = new HashSet<>();
        for (ImportFile.Line line : lines) {
            Row row = new Row(line, kind, errors);
            row.requireAll();
            row.maxLength();
            switch (kind) {
                case AGENCIES -> checkAgency(row, lookups, seen);
                case UNITS -> checkUnit(row, lookups, seen);
                case ACCOUNTS -> checkAccount(row, lookups, seen);
                case TITLES -> checkTitle(row, lookups, seen);
            }
        }
        return errors;
    }

    private void checkAgency(Row row, Lookups lookups, Set<String> seen) {
        String name = row.get("name");
        if (!name.isBlank()) {
            if (lookups.agencies.containsKey(key(name))) {
                row.error("name", "import.error.agencyExists", name);
            } else if (!seen.add(key(name))) {
                row.error("name", "import.error.twiceInFile", name);
            }
        }
        row.code("kind", AgencyKind.class, "agency.kind.");
        String shortName = row.get("short_name");
        if (!shortName.isBlank()) {
            seen.add("short:" + key(shortName));
        }
        String parent = row.get("parent");
        if (!parent.isBlank() && !lookups.agencies.containsKey(key(parent)) && !seen.contains(key(parent))
                && !seen.contains("short:" + key(parent))) {
            row.error("parent", "import.error.agencyUnknown", parent);
        }
        String cluster = row.get("cluster");
        if (!cluster.isBlank() && !lookups.clusters.containsKey(key(cluster))) {
            row.error("cluster", "import.error.clusterUnknown", cluster);
        }
        row.email("email");
    }

    private void checkUnit(Row row, Lookups lookups, Set<String> seen) {
        Agency agency = null;
        String agencyName = row.get("agency");
        if (!agencyName.isBlank()) {
            agency = lookups.agencies.get(key(agencyName));
            if (agency == null) {
                row.error("agency", "import.error.agencyUnknown", agencyName);
            } else if (!agency.isActive()) {
                row.error("agency", "import.error.agencyEnded", agencyName);
            }
        }
        String name = row.get("name");
        if (agency != null && !name.isBlank()) {
            if (units.activeNameTaken(agency.getId(), name)) {
                row.error("name", "import.error.unitExists", name);
            } else if (!seen.add(agency.getId() + "/" + key(name))) {
                row.error("name", "import.error.twiceInFile", name);
            }
        }
        row.code("kind", UnitKind.class, "unit.kind.");
        String area = row.get("content_area");
        if (!area.isBlank() && !lookups.areas.containsKey(area.trim())) {
            row.error("content_area", "import.error.areaUnknown", area);
        }
        row.email("contact_email");
    }

    private void checkAccount(Row row, Lookups lookups, Set<String> seen) {
        String username = row.get("username");
        if (!username.isBlank()) {
            if (!USERNAME.matcher(username).matches()) {
                row.error("username", "import.error.username", username);
            } else if (accounts.usernameTaken(username)) {
                row.error("username", "import.error.usernameTaken", username);
            } else if (!seen.add(key(username))) {
                row.error("username", "import.error.twiceInFile", username);
            }
        }
        Role role = row.code("role", Role.class, "role.");
        String agencyName = row.get("agency");
        if (role == Role.AGENCY_REP && agencyName.isBlank()) {
            row.error("agency", "import.error.agencyRequired", null);
        }
        if (!agencyName.isBlank() && !lookups.agencies.containsKey(key(agencyName))) {
            row.error("agency", "import.error.agencyUnknown", agencyName);
        }
        row.email("email");
        String password = row.get("initial_password");
        if (!password.isBlank()) {
            try {
                accounts.checkInitialPassword(username, password);
            } catch (BusinessRuleException e) {
                row.error("initial_password", e.getMessageKey(), null);
            }
        }
    }

    /**
     * A title of a unit, or of a person when the row names one (with their birth year, in the agency they work in
     * today), decided elsewhere: the agency, unit, person and title exist, the year and the decision's date are
     * valid, and the holder does not hold it for that year already (in the book or earlier in the file).
     */
    private void checkTitle(Row row, Lookups lookups, Set<String> seen) {
        TitleRow title = title(row.line.cells(), lookups, row::error);
        if (title != null && !seen.add(title.type() + "/" + title.holderId() + "/" + title.year() + "/" + title.titleId())) {
            row.error("title", "import.error.twiceInFile", row.get("title"));
        } else if (title != null && titleBook.held(title.type(), title.holderId(), title.year(), title.titleId())) {
            row.error("title", "INDIVIDUAL".equals(title.type().name()) ? "title.error.duplicatePerson" : "title.error.duplicate", null);
        }
    }

    /** A row of titles resolved to what it records; null (with the errors said) when it cannot be. */
    record TitleRow(NomineeType type, Long holderId, Long titleId, int year, String decidingBody, String documentNumber,
                    LocalDate decidedOn) {
    }

    interface Errors {
        void error(String column, String key, String argument);
    }

    TitleRow title(Map<String, String> cells, Lookups lookups, Errors said) {
        boolean[] wrong = {false};
        Errors errors = (column, key, argument) -> {
            wrong[0] = true;
            said.error(column, key, argument);
        };
        String agencyName = cells.getOrDefault("agency", "");
        Agency agency = agencyName.isBlank() ? null : lookups.agencies().get(key(agencyName));
        if (!agencyName.isBlank() && agency == null) {
            errors.error("agency", "import.error.agencyUnknown", agencyName);
        }
        String unitName = cells.getOrDefault("unit", "");
        Long unitId = null;
        if (agency != null && !unitName.isBlank()) {
            unitId = lookups.unitsOf(agency, units).get(key(unitName));
            if (unitId == null) {
                errors.error("unit", "import.error.unitUnknown", unitName);
            }
        }
        String personName = cells.getOrDefault("person", "");
        NomineeType type = personName.isBlank() ? NomineeType.COLLECTIVE : NomineeType.INDIVIDUAL;
        Long holderId = unitId;
        if (type == NomineeType.INDIVIDUAL) {
            Integer born = number(cells.getOrDefault("birth_year", ""), 1900, 2100);
            if (born == null) {
                errors.error("birth_year", "import.error.birthYear", cells.getOrDefault("birth_year", ""));
                holderId = null;
            } else if (agency != null) {
                holderId = persons.named(agency.getId(), personName, born).map(PersonRecord::id).orElse(null);
                if (holderId == null) {
                    errors.error("person", "import.error.personUnknown", personName + " (" + born + ")");
                }
            }
        }
        String titleText = cells.getOrDefault("title", "");
        Long titleId = titleText.isBlank() ? null : titleBook.titleId(titleText, type).orElse(null);
        if (!titleText.isBlank() && titleId == null) {
            errors.error("title", "import.error.titleUnknown", titleText);
        }
        String yearText = cells.getOrDefault("year", "");
        Integer year = number(yearText, 2000, 2100);
        if (!yearText.isBlank() && year == null) {
            errors.error("year", "import.error.year", yearText);
        }
        String dateText = cells.getOrDefault("decided_on", "");
        LocalDate decidedOn = date(dateText);
        if (!dateText.isBlank() && decidedOn == null) {
            errors.error("decided_on", "import.error.date", dateText);
        } else if (decidedOn != null && decidedOn.isAfter(LocalDate.now(clock))) {
            errors.error("decided_on", "title.error.decidedInFuture", null);
        } else if (decidedOn != null && year != null && decidedOn.getYear() < year) {
            errors.error("decided_on", "title.error.decidedBeforeYear", null);
        }
        if (wrong[0] || holderId == null || titleId == null || year == null || decidedOn == null
                || cells.getOrDefault("deciding_body", "").isBlank() || cells.getOrDefault("document_number", "").isBlank()) {
            return null;
        }
        return new TitleRow(type, holderId, titleId, year, cells.get("deciding_body").strip(), cells.get("document_number").strip(),
                decidedOn);
    }

    private static Integer number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // the next way of writing a date
            }
        }
        return null;
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** What the rows refer to, read once: agencies by name and short name, clusters by name, current content areas. */
    Lookups lookups() {
        Map<String, Agency> byName = new HashMap<>();
        for (Agency agency : agencies.all()) {
            byName.put(key(agency.getName()), agency);
            if (agency.getShortName() != null && !agency.getShortName().isBlank()) {
                byName.putIfAbsent(key(agency.getShortName()), agency);
            }
        }
        Map<String, EmulationCluster> clusters = new HashMap<>();
        agencies.clusters().forEach(c -> clusters.put(key(c.getName()), c));
        Map<String, ContentArea> areas = new HashMap<>();
        campaigns.current().ifPresent(c -> campaigns.areasOf(c).forEach(a -> areas.put(String.valueOf(a.getNumber()), a)));
        return new Lookups(byName, clusters, areas);
    }

    record Lookups(Map<String, Agency> agencies, Map<String, EmulationCluster> clusters, Map<String, ContentArea> areas,
                   Map<Long, Map<String, Long>> units) {

        Lookups(Map<String, Agency> agencies, Map<String, EmulationCluster> clusters, Map<String, ContentArea> areas) {
            this(agencies, clusters, areas, new HashMap<>());
        }

        /** An agency's units (withdrawn ones too: titles of the past), by name, read once per agency. */
        Map<String, Long> unitsOf(Agency agency, UnitService units) {
            return this.units.computeIfAbsent(agency.getId(), id -> {
                Map<String, Long> byName = new HashMap<>();
                units.of(agency).forEach(u -> byName.putIfAbsent(key(u.getName()), u.getId()));
                return byName;
            });
        }
    }

    static String key(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A coded value written as its code or as its words in Vietnamese or English; null when blank or unknown. */
    <E extends Enum<E>> E code(Class<E> type, String prefix, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.trim())
                    || key(messages.getMessage(prefix + value.name(), null, "", Locale.forLanguageTag("vi"))).equals(key(text))
                    || key(messages.getMessage(prefix + value.name(), null, "", Locale.ENGLISH)).equals(key(text))) {
                return value;
            }
        }
        return null;
    }

    /** A row being checked, with the errors it adds. */
    private final class Row {

        private final ImportFile.Line line;
        private final ImportKind kind;
        private final List<RowError> errors;

        Row(ImportFile.Line line, ImportKind kind, List<RowError> errors) {
            this.line = line;
            this.kind = kind;
            this.errors = errors;
        }

        String get(String column) {
            return line.cells().getOrDefault(column, "");
        }

        void error(String column, String key, String argument) {
            errors.add(new RowError(line.number(), column, key, argument));
        }

        void requireAll() {
            for (String column : kind.columns()) {
                if (kind.required(column) && get(column).isBlank()) {
                    error(column, "import.error.required", null);
                }
            }
        }

        void maxLength() {
            line.cells().forEach((column, value) -> {
                if (value.length() > MAX_TEXT) {
                    error(column, "import.error.tooLong", String.valueOf(MAX_TEXT));
                }
            });
        }

        <E extends Enum<E>> E code(String column, Class<E> type, String prefix) {
            String text = get(column);
            E value = ImportChecks.this.code(type, prefix, text);
            if (!text.isBlank() && value == null) {
                error(column, "import.error.unknownCode", text);
            }
            return value;
        }

        void email(String column) {
            String value = get(column);
            if (!value.isBlank() && !EMAIL.matcher(value).matches()) {
                error(column, "import.error.email", value);
            }
        }
    }
}
