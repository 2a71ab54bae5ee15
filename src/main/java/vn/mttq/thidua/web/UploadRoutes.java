package vn.mttq.thidua.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The upload forms (a report's evidence, a nomination's dossier) and the page each belongs to. A file over the
 * limit is answered by going back to that page with the reason beside its upload form — whether Tomcat finds
 * the request too large while the security filters read its fields (before any controller) or Spring MVC finds
 * the file too large afterwards.
 */
@Configuration(proxyBeanMethods = false)
public class UploadRoutes {

    /** The size limit users are told of, in MB (spring.servlet.multipart.max-file-size). */
    static final int LIMIT_MB = 10;

    private record Route(Pattern pattern, String backPage, String anchor, String messagePrefix) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("/reports/(\\d+)/evidence"), "/reports/$1/edit", "#evidence", "evidence"),
            new Route(Pattern.compile("/nominations/(\\d+)/dossier"), "/nominations/$1", "#dossier", "dossier"),
            new Route(Pattern.compile("/campaigns/(\\d+)/documents/\\d+/file"), "/campaigns/$1", "#legal-basis", "legalDocument"));

    /** Where to send the user back to, with the flash message already saved; empty for a path that is no upload. */
    static Optional<String> backWithTooLarge(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                String back = matcher.replaceFirst(route.backPage());
                FlashMap flash = new FlashMap();
                flash.put("problem", new Forms.Flash(route.messagePrefix() + ".error.tooLarge", LIMIT_MB, null));
                flash.setTargetRequestPath(request.getContextPath() + back);
                new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
                return Optional.of(request.getContextPath() + back + route.anchor());
            }
        }
        return Optional.empty();
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the fields of a multipart post before Spring Security does (its CSRF check reads them too): when
     * Tomcat refuses the request as too large, the user goes back to the upload form with the message instead
     * of getting an error page. Nothing is changed here, so nothing needs the CSRF token.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadTooLargeFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")) {
                    try {
                        request.getParameterMap();
                    } catch (RuntimeException e) {
                        Optional<String> back = tooLarge(e) ? backWithTooLarge(request, response) : Optional.empty();
                        if (back.isPresent()) {
                            response.sendRedirect(back.get());
                        } else {
                            response.sendError(tooLarge(e) ? 413 : 400);
                        }
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
