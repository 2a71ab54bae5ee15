package vn.mttq.thidua.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data is loaded only under the demo profile, which production's configuration never turns on. */
class DemoDataProfileTest {

    @Test
    void demoDataBelongsToTheDemoProfileOnly() throws IOException {
        assertThat(DemoData.class.getAnnotation(Profile.class).value()).containsExactly("demo");
        Properties main = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            main.load(in);
        }
        assertThat(main.stringPropertyNames()).doesNotContain("spring.profiles.active", "spring.profiles.include");
    }

    @Test
    void everyDemoAgencyHasUnitsBesidesItsOffice() {
        var agencies = DemoData.csv("demo/agencies.csv");
        var units = DemoData.csv("demo/units.csv");
        assertThat(agencies).hasSize(44);
        for (String[] agency : agencies) {
            assertThat(units.stream().filter(unit -> unit[0].equals(agency[2])).count())
                    .as(agency[1]).isGreaterThanOrEqualTo(1);
        }
    }
}
