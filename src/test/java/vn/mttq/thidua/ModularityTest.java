package vn.mttq.thidua;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages stay modules: no cycles, no reaching into another module's internals, and no use of a module
 * that its package-info.java does not declare among its allowed dependencies.
 */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules modules = ApplicationModules.of(ThiDuaApplication.class);
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("agency", "account", "audit", "campaign", "period", "security", "web", "dashboard");
    }
}
