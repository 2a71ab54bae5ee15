package vn.mttq.thidua.demo;

import org.junit.jupiter.api.Test;

import vn.mttq.thidua.TestDatabase;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ready means ready: with the demo profile, the demo data and its accounts exist before the web server opens
 * its port, so the first sign-in after {@code ./mvnw spring-boot:run} cannot arrive before them.
 */
@ThiDuaTest
class ReadinessTest {

    @Test
    void theDemoAccountsExistWhenThePortOpens() {
        assertThat(TestDatabase.ACCOUNTS_WHEN_PORT_OPENED.get()).as("accounts when the port opened")
                .isGreaterThanOrEqualTo(7);
    }
}
