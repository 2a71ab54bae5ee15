package vn.mttq.thidua;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The tests' PostgreSQL: a Testcontainers container where a Docker engine runs, otherwise a database of its own
 * on the server that TEST_DATABASE_URL names (default the local server, database thidua_test), created if
 * missing. Either way the schema is cleaned and migrated when the test context starts, so every run begins
 * from the migrations and the demo data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/thidua_test";
    /** The role the application connects with in the tests: not the owner of the schema. */
    public static final String APP_ROLE = "thidua_test_app";

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:16-alpine");
    }

    @Bean
    @Conditional(DockerMissing.class)
    DynamicPropertyRegistrar localPostgres() {
        String url = env("TEST_DATABASE_URL", DEFAULT_URL);
        String user = env("TEST_DATABASE_USERNAME", "postgres");
        String password = env("TEST_DATABASE_PASSWORD", "");
        createIfMissing(url, user, password);
        createAppRoleIfMissing(url, user, password);
        // as in production: the owner migrates, the application works with a role that may not rewrite the audit trail
        return registry -> {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> APP_ROLE);
            registry.add("spring.datasource.password", () -> APP_ROLE);
            registry.add("spring.flyway.user", () -> user);
            registry.add("spring.flyway.password", () -> password);
            registry.add("spring.flyway.placeholders.app_role", () -> APP_ROLE);
        };
    }

    /** How many accounts there were when the web server opened its port: what the first request would find. */
    public static final java.util.concurrent.atomic.AtomicLong ACCOUNTS_WHEN_PORT_OPENED = new java.util.concurrent.atomic.AtomicLong(-1);

    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.web.server.context.WebServerInitializedEvent> portOpened(
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return event -> ACCOUNTS_WHEN_PORT_OPENED.set(jdbc.queryForObject("select count(*) from account", Long.class));
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void createIfMissing(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        String server = url.substring(0, slash) + "/postgres";
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + database + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL at " + server + " (set TEST_DATABASE_URL): "
                    + e.getMessage(), e);
        }
    }

    /** The application's role of the tests, a login role that owns nothing (created once per server). */
    private static void createAppRoleIfMissing(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create role " + APP_ROLE + " login password '" + APP_ROLE + "'");
        } catch (SQLException e) {
            if (!"42710".equals(e.getSQLState())) { // created meanwhile by another run
                throw new IllegalStateException("Tests need to create the role " + APP_ROLE + ": " + e.getMessage(), e);
            }
        }
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Docker.AVAILABLE;
        }
    }

    static final class DockerMissing implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !Docker.AVAILABLE;
        }
    }

    private static final class Docker {
        static final boolean AVAILABLE = check();

        private static boolean check() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }
}
