package vn.mttq.thidua;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of a test's own on the tests' PostgreSQL server (TEST_DATABASE_URL …), made empty at the start and
 * dropped at the end — for tests that migrate an installation of an earlier release.
 */
public final class ScratchDatabase {

    public static final String USER = System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
    private static final String BASE = System.getenv().getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/thidua_test");

    private final String name;

    public ScratchDatabase(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String url() {
        return BASE.substring(0, BASE.lastIndexOf('/') + 1) + name;
    }

    /** The server's host and port, for command-line tools. */
    public URI server() {
        return URI.create(BASE.substring("jdbc:".length()));
    }

    /**
     * Creates it empty and makes it the database of a Spring test's application (from its
     * {@code @DynamicPropertySource}): its data source and Flyway, with the tests' user as the application's role.
     */
    public void createFor(org.springframework.test.context.DynamicPropertyRegistry registry) throws SQLException {
        create();
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.user", () -> USER);
        registry.add("spring.flyway.password", () -> PASSWORD);
        registry.add("spring.flyway.placeholders.app_role", () -> USER);
    }

    /** Drops it if it is there and creates it empty. */
    public void create() throws SQLException {
        drop();
        admin("create database " + name + " encoding 'UTF8' template template0");
    }

    public void drop() throws SQLException {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        String server = BASE.substring(0, BASE.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(server, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
