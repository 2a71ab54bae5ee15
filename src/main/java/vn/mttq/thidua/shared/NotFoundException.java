package vn.mttq.thidua.shared;

/** A record that does not exist, or that the current user may not see: answered with the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
