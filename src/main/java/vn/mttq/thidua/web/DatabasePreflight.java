package vn.mttq.thidua.web;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Runs before anything touches the database when the application is started from its main method. If the
 * application's database does not exist on a reachable server it is created; if no server answers, the
 * application stops with one line that says what to do, not a page of stack trace.
 */
public class DatabasePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final String DOCKER_COMPOSE = "org.springframework.boot.docker.compose.lifecycle.DockerComposeLifecycleManager";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (ClassUtils.isPresent(DOCKER_COMPOSE, getClass().getClassLoader())
                && env.getProperty("spring.docker.compose.enabled", Boolean.class, true)) {
            return; // docker-compose.yml provides the database once Docker Compose has started it
        }
        String url = env.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password");
        String problem = check(url, user, password);
        if (problem != null) {
            System.err.println();
            System.err.println("Thi đua cannot start: " + problem);
            System.err.println();
            System.exit(1);
        }
    }

    /** Null when the database is there (or was just created), otherwise the one line to show. */
    static String check(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            if ("3D000".equals(e.getSQLState())) {
                return create(url, user, password);
            }
            return "PostgreSQL at " + url + " did not answer (" + e.getMessage()
                    + "). Start PostgreSQL, or set DATABASE_URL, DATABASE_USERNAME and DATABASE_PASSWORD.";
        }
    }

    private static String create(String url, String user, String password) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!SAFE_NAME.matcher(database).matches()) {
            return "the database \"" + database + "\" does not exist: create it with createdb.";
        }
        String serverUrl = "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres";
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database + " encoding 'UTF8' template template0");
            System.out.println("Created the PostgreSQL database \"" + database + "\".");
            return null;
        } catch (SQLException e) {
            return "the database \"" + database + "\" does not exist and could not be created (" + e.getMessage()
                    + "). Create it with: createdb -h " + uri.getHost() + " -U " + user + " " + database;
        }
    }
}
