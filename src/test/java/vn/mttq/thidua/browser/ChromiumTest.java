package vn.mttq.thidua.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the browser tests share: one Chromium per test class, started on first use and quit at the end. Without
 * Chromium the class is skipped on a developer's machine and fails in CI (.ci/run installs it and sets CI).
 */
abstract class ChromiumTest {

    private static Browser browser;

    @LocalServerPort
    private int port;

    /**
     * Without Chromium a developer's run skips the browser tests; CI (the CI variable, which .ci/run sets) fails
     * instead, so that it never passes with every browser test skipped.
     */
    @BeforeAll
    static void chromium() {
        String missing = "Chromium and chromedriver are not installed (looked at " + Browser.CHROMIUM + " and "
                + Browser.CHROMEDRIVER + ", and on PATH): run .ci/run, or apt-get install chromium chromium-driver";
        if (System.getenv("CI") != null) {
            assertTrue(Browser.installed(), missing);
        } else {
            assumeTrue(Browser.installed(), missing);
        }
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The class's browser as it stands, signed in or not. */
    Browser current() {
        return browser;
    }

    /** The class's browser, as a visitor who has never been here (no session, no language chosen). */
    Browser browser() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        browser.forget();
        return browser;
    }
}
