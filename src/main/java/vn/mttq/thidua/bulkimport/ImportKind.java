package vn.mttq.thidua.bulkimport;

import java.util.List;

/** What a file imports, and its columns (the first row of the file names them; * marks the required ones). */
public enum ImportKind {

    AGENCIES(List.of("name*", "short_name", "kind*", "parent", "cluster", "address", "phone", "email", "contact_person")),
    UNITS(List.of("agency*", "name*", "kind*", "content_area*", "address", "contact_name", "contact_phone", "contact_email")),
    ACCOUNTS(List.of("username*", "full_name*", "email", "role*", "agency", "initial_password*")),
    TITLES(List.of("agency*", "unit*", "person", "birth_year", "title*", "year*", "deciding_body*", "document_number*",
            "decided_on*"));

    private final List<String> columns;

    ImportKind(List<String> columns) {
        this.columns = columns;
    }

    /** The columns' names as the file writes them (without the *). */
    public List<String> columns() {
        return columns.stream().map(c -> c.replace("*", "")).toList();
    }

    public boolean required(String column) {
        return columns.contains(column + "*");
    }

    /** Whether only an admin may import it (accounts). */
    public boolean adminOnly() {
        return this == ACCOUNTS;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ImportKind ofSlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
