package vn.mttq.thidua;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages stay modules: no cycles, no reaching into another module's internals, no use of a module that
 * its package-info.java does not declare among its allowed dependencies, and of a module declared as
 * {@code module::api} only the types it offers in its named interface "api" (those marked
 * {@code @NamedInterface("api")} and what their signatures expose).
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ThiDuaApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("agency", "account", "audit", "campaign", "period", "security", "web", "dashboard", "council");
    }

    @Test
    void noModuleOffersItsWebFormsOrControllersToTheOthers() {
        var offered = modules.stream()
                .flatMap(m -> m.getNamedInterfaces().stream())
                .filter(named -> !named.isUnnamed())
                .flatMap(ModularityTest::types)
                .toList();
        assertThat(offered).as("types in the modules' named interfaces").isNotEmpty()
                .noneMatch(name -> name.endsWith("Form") || name.endsWith("Controller") || name.endsWith("Repository"));
    }

    private static java.util.stream.Stream<String> types(NamedInterface named) {
        return StreamSupport.stream(named.spliterator(), false).map(type -> type.getSimpleName());
    }
}
