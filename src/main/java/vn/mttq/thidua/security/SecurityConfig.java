package vn.mttq.thidua.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which page. URL rules are the first gate only: a representative's reach is also restricted
 * in every query by {@link CurrentUser#agencyScope()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final String ID = "{id:\\d+}";

    /**
     * Health and metrics for operators and probes: Actuator's endpoints answer without a session. They are served
     * on the management port only (bound to localhost unless configured otherwise), so the application's port has
     * none of them.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest.toAnyEndpoint())
            .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(
                    org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessDeniedHandler denied) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico", "/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/honor-roll", "/honor-roll/export").permitAll()
                .requestMatchers(HttpMethod.GET, "/decisions/" + ID + "/pdf", "/decisions/" + ID + "/certificates",
                        "/decisions/" + ID + "/certificates/{nominationId:\\d+}").authenticated()
                .requestMatchers(HttpMethod.POST, "/decisions", "/decisions/" + ID, "/decisions/" + ID + "/sign",
                        "/decisions/" + ID + "/discard", "/decisions/" + ID + "/publish",
                        "/decisions/" + ID + "/revoke", "/commendation-forms", "/commendation-forms/**").hasRole("ADMIN")
                .requestMatchers("/decisions/new", "/decisions/" + ID + "/edit", "/decisions/" + ID + "/sign").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/decision-basis").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers("/decision-basis", "/decision-basis/**").hasRole("ADMIN")
                .requestMatchers("/decisions", "/decisions/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/nominations", "/nominations/" + ID, "/nominations/" + ID + "/submit",
                        "/nominations/" + ID + "/dossier", "/nominations/" + ID + "/dossier/**").hasRole("AGENCY_REP")
                .requestMatchers("/nominations/new", "/nominations/" + ID + "/edit").hasRole("AGENCY_REP")
                .requestMatchers("/nominations/" + ID + "/appraise", "/nominations/" + ID + "/return").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers("/nominations/" + ID + "/approve", "/nominations/" + ID + "/reject",
                        "/nominations/" + ID + "/forward").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/council-sessions/" + ID + "/votes").authenticated()
                .requestMatchers("/council-sessions/" + ID + "/reopen").hasRole("ADMIN")
                .requestMatchers("/council-sessions/new", "/council-sessions/" + ID + "/close").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/council-sessions", "/council-sessions/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole("STAFF", "ADMIN", "AGENCY_REP")
                .requestMatchers("/audit", "/audit/**", "/import", "/import/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/my-agency").hasRole("AGENCY_REP")
                .requestMatchers(HttpMethod.GET, "/agencies/" + ID).authenticated()
                .requestMatchers("/agencies/" + ID + "/units", "/agencies/" + ID + "/units/new",
                        "/agencies/" + ID + "/participation").authenticated()
                .requestMatchers("/agencies/" + ID + "/changes/**").hasRole("ADMIN")
                .requestMatchers("/agencies", "/agencies/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers("/criteria", "/criteria/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/rankings/thresholds").hasRole("ADMIN")
                .requestMatchers("/rankings", "/rankings/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/pledges", "/pledges/" + ID).hasRole("AGENCY_REP")
                .requestMatchers("/pledges/" + ID + "/edit").hasRole("AGENCY_REP")
                .requestMatchers("/pledges/" + ID + "/accept", "/pledges/" + ID + "/return").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/reports", "/reports/" + ID, "/reports/" + ID + "/evidence",
                        "/reports/" + ID + "/evidence/{fileId:\\d+}/delete").hasRole("AGENCY_REP")
                .requestMatchers("/reports/" + ID + "/edit").hasRole("AGENCY_REP")
                .requestMatchers("/reports/" + ID + "/score", "/reports/" + ID + "/return",
                        "/reports/" + ID + "/initiatives/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers("/campaigns/new", "/campaigns/" + ID + "/edit", "/campaigns/" + ID + "/areas/**",
                        "/campaigns/" + ID + "/step")
                        .hasAnyRole("STAFF", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/campaigns", "/campaigns/**").hasAnyRole("STAFF", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/periods").authenticated()
                .requestMatchers("/periods/**").hasAnyRole("STAFF", "ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(success)
                // one answer for every failure: a wrong password, an unknown name, a locked or disabled account,
                // a paused address — so that the page tells nobody which accounts exist or what state they are in
                .failureHandler((request, response, exception) ->
                        response.sendRedirect(request.getContextPath() + "/login?error"))
                .permitAll())
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                        + "frame-ancestors 'none'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Session attributes written with PostgreSQL's upsert: two requests of one session at once (a browser loading a
     * page and its parts) may both add the same attribute — the CSRF token after a sign-in — and the second insert
     * used to fail the request with a duplicate key.
     */
    @Bean
    org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * A request that changes nothing of its session but the time of its last access writes it at most once a minute.
     * Every page view used to update the session's row — a write and a commit each time, a dead row version and new
     * index entries (the expiry time is indexed), which on a busy day made reading the session slower by the hour.
     * The parameters are Spring Session's, in its order: the new values, then the row's id. A session therefore
     * expires up to a minute before its 30 minutes without a request have passed.
     */
    static final String SESSION_UPDATE_AT_MOST_EACH_MINUTE = """
            UPDATE %TABLE_NAME% s SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access,
                MAX_INACTIVE_INTERVAL = v.max_inactive, EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
            FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access, CAST(? AS INT) AS max_inactive,
                         CAST(? AS BIGINT) AS expiry, CAST(? AS VARCHAR(100)) AS principal) v
            WHERE s.PRIMARY_ID = ?
              AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal OR v.last_access - s.LAST_ACCESS_TIME >= 60000)
            """;

    @Bean
    org.springframework.session.config.SessionRepositoryCustomizer<org.springframework.session.jdbc.JdbcIndexedSessionRepository>
            sessionLastAccessWrittenAtMostEachMinute() {
        return repository -> repository.setUpdateSessionQuery(SESSION_UPDATE_AT_MOST_EACH_MINUTE);
    }

    /**
     * No Micrometer observation of Spring Security's filters, authentications and authorizations: the request itself
     * is measured (http.server.requests), and observing each of the chain's filters wrapped every one of them in a
     * decorator on every request.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings noSecurityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
