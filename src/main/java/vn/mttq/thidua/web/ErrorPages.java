package vn.mttq.thidua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * Turns what a controller throws into a page of the layout with the right status: 404 for a missing (or
 * unreachable) record, 403, 409 for a concurrent edit, and 500 — logged, never shown as a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private final AuditLog auditLog;

    ErrorPages(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final Set<String> NOT_ECHOED = Set.of("_csrf", "version", "password", "newPassword",
            "currentPassword", "confirmPassword");

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noSuchPage() {
        return page(HttpStatus.NOT_FOUND, null);
    }

    /** A record that is not there or not within the user's reach: the 404 page, and a line on the audit trail. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        auditLog.denied("NOT_FOUND", e.getWhat(), e.getId() instanceof Long id ? id : null, DeniedRequests.describe(request));
        return page(HttpStatus.NOT_FOUND, null);
    }

    /** A path like /agencies/abc names no record (404); a query like ?year=abc is a request the page cannot read (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        boolean pathVariable = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        return page(pathVariable ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, pathVariable ? null : "error.badParameter");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request) {
        auditLog.denied("FORBIDDEN", "Request", null, DeniedRequests.describe(request));
        return page(HttpStatus.FORBIDDEN, null);
    }

    /** Someone else saved the record first: say so, and give back what this user typed so nothing is lost. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(HttpServletRequest request) {
        ModelAndView page = page(HttpStatus.CONFLICT, null);
        List<Map.Entry<String, String>> submitted = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_ECHOED.contains(name) && !name.startsWith("_")) {
                submitted.add(Map.entry(name, String.join(", ", values)));
            }
        });
        page.addObject("submitted", submitted);
        return page;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView ruleBroken(BusinessRuleException e) {
        ModelAndView page = page(HttpStatus.CONFLICT, e.getMessageKey());
        page.addObject("detailArguments", e.getArguments());
        return page;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e) {
        log.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return page(HttpStatus.CONFLICT, "error.constraint");
    }

    /** A file over the upload limit: back to the page of the upload form, with the reason beside it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return UploadRoutes.backWithTooLarge(request, response)
                .map(back -> new ModelAndView("redirect:" + back.substring(request.getContextPath().length())))
                .orElseGet(() -> {
                    ModelAndView page = page(HttpStatus.CONTENT_TOO_LARGE, "evidence.error.tooLarge");
                    page.addObject("detailArguments", new Object[] {UploadRoutes.LIMIT_MB});
                    return page;
                });
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(HttpServletRequest request, Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // a request Spring MVC itself refuses (a missing parameter, a wrong method): its own status, not a 500
            HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
            return page(status == null ? HttpStatus.BAD_REQUEST : status, null);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private static ModelAndView page(HttpStatus status, String detailKey) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detailKey", detailKey);
        return page;
    }
}
