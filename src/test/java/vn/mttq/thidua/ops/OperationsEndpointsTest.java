package vn.mttq.thidua.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and metrics for operators: liveness and readiness probes and Prometheus metrics on the management port
 * (localhost by default), nothing else of Actuator there, and none of it on the application's port.
 */
@ThiDuaTest
class OperationsEndpointsTest {

    @LocalServerPort
    private int port;
    @LocalManagementPort
    private int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int on, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void probesAndMetricsAreOnTheManagementPortOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");

        get(port, "/login");
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections_active")
                .contains("http_server_requests_seconds_count").contains("application=\"thidua\"");

        // nothing else of Actuator: not exposed, so the request falls to the application's rules (sign in) and, signed
        // in or not, finds no endpoint
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"}) {
            HttpResponse<String> response = get(managementPort, hidden);
            assertThat(response.statusCode()).as(hidden).isIn(302, 404);
            assertThat(response.body()).doesNotContain("propertySources").doesNotContain("\"beans\"");
        }
        // the application's port has no Actuator: a visitor is sent to sign in, a signed-in user finds nothing
        assertThat(get(port, "/actuator/health").statusCode()).isIn(302, 404);
        assertThat(get(port, "/actuator/prometheus").statusCode()).isIn(302, 404);
    }
}
