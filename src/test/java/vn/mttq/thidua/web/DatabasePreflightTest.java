package vn.mttq.thidua.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Before the application starts: a missing database is created, an unreachable server is one clear line. */
class DatabasePreflightTest {

    private static final String SERVER = System.getenv().getOrDefault("TEST_DATABASE_URL",
            "jdbc:postgresql://127.0.0.1:5432/thidua_test").replaceAll("/[^/]*$", "");
    private static final String USER = System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");

    @Test
    void anUnreachableServerIsExplainedInOneLine() {
        String problem = DatabasePreflight.check("jdbc:postgresql://127.0.0.1:1/thidua", USER, PASSWORD);
        assertThat(problem).contains("did not answer").contains("DATABASE_URL").doesNotContain("\n");
    }

    @Test
    void aMissingDatabaseIsCreated() throws Exception {
        String name = "thidua_preflight_" + ProcessHandle.current().pid();
        try {
            assertThat(DatabasePreflight.check(SERVER + "/" + name, USER, PASSWORD)).isNull();
            try (Connection connection = DriverManager.getConnection(SERVER + "/" + name, USER, PASSWORD)) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThat(DatabasePreflight.check(SERVER + "/" + name, USER, PASSWORD)).isNull();
        } finally {
            try (Connection connection = DriverManager.getConnection(SERVER + "/postgres", USER, PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
            }
        }
    }
}
