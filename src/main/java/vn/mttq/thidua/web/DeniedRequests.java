package vn.mttq.thidua.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.audit.AuditLog;

/**
 * A page refused by the URL rules of the security configuration: recorded on the audit trail (who asked for
 * what), then answered with the 403 page as before.
 */
@Component
class DeniedRequests implements AccessDeniedHandler {

    private final AuditLog auditLog;
    private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

    DeniedRequests(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        auditLog.denied("FORBIDDEN", "Request", null, describe(request));
        page.handle(request, response, denied);
    }

    /** What the audit trail says of a refused request: its method and path, without the query. */
    static String describe(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}
