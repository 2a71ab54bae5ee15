package vn.mttq.thidua.shared;

/** A record that does not exist, or that the current user may not see: answered with the 404 page. */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final transient Object id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    /** The kind of record looked for ("Agency", "Report"…). */
    public String getWhat() {
        return what;
    }

    /** The id looked for, as the request gave it. */
    public Object getId() {
        return id;
    }
}
