package vn.mttq.thidua.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one parameter changed, so that paging and the language switch keep the
 * search and filters the user has set. Used in templates as {@code @links}.
 */
@Component("links")
public class Links {

    /** The current list with another page number. */
    public String page(int page) {
        return current().replaceQueryParam("page", page).replaceQueryParam("lang").build(true).toUriString();
    }

    /** The current list's filter as an Excel export: the same path with {@code /export}, without page or language. */
    public String export() {
        UriComponentsBuilder builder = current().replaceQueryParam("page").replaceQueryParam("lang");
        String path = builder.build().getPath();
        return builder.replacePath(path + "/export").build(true).toUriString();
    }

    /** The current page in another language; after a form was posted, the home page (a POST cannot be re-sent). */
    public String lang(String language) {
        HttpServletRequest request = request();
        UriComponentsBuilder builder = "GET".equals(request.getMethod())
                ? current() : UriComponentsBuilder.fromPath(request.getContextPath() + "/");
        return builder.replaceQueryParam("lang", language).build(true).toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = request();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        return UriComponentsBuilder.fromUriString(query == null ? path : path + "?" + query);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
