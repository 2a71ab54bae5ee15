package vn.mttq.thidua.security;

import org.springframework.stereotype.Component;

/**
 * What the person viewing a page may see, for templates: {@code th:if="${@viewer.staffOrAdmin}"}. It reads the
 * signed-in account from the security context, as {@code sec:authorize} would, without building and evaluating a
 * security expression for each element (which took a quarter of the time a page spent rendering).
 */
@Component("viewer")
public class Viewer {

    public boolean isSignedIn() {
        return CurrentUser.find().isPresent();
    }

    public boolean isStaffOrAdmin() {
        return CurrentUser.find().map(CurrentUser::isStaffOrAdmin).orElse(false);
    }

    public boolean isAdmin() {
        return CurrentUser.find().map(CurrentUser::isAdmin).orElse(false);
    }

    public boolean isRepresentative() {
        return CurrentUser.find().map(CurrentUser::isRepresentative).orElse(false);
    }
}
