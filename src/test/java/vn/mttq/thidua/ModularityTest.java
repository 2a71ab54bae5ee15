package vn.mttq.thidua;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages stay modules: no cycles, and no reaching into another module's internals. */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules modules = ApplicationModules.of(ThiDuaApplication.class);
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("agency", "account", "audit", "campaign", "period", "security", "web", "dashboard");
    }
}
