package vn.mttq.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.mttq.thidua.demo.ProvinceDataset;
import vn.mttq.thidua.web.DatabasePreflight;

/**
 * The dataset generator's command: migrates the database named by DATABASE_URL, loads the demo if it is empty, then
 * adds the province-sized dataset ({@link ProvinceDataset}) and exits. Arguments: {@code --thidua.dataset.scale=1}
 * (34 for the country, 0.1 for a tenth of a province) and {@code --thidua.dataset.seed=2026}. Run by
 * {@code src/bench/generate}.
 */
public final class GenerateDataset {

    private GenerateDataset() {
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ThiDuaApplication.class);
        app.addListeners(new DatabasePreflight());
        // a web application as always (its sessions and security need one), on a port of its own choosing, unused
        app.setDefaultProperties(java.util.Map.of("server.port", "0", "management.server.port", "-1"));
        app.setAdditionalProfiles("demo");
        try (ConfigurableApplicationContext context = app.run(args)) {
            double scale = Double.parseDouble(context.getEnvironment().getProperty("thidua.dataset.scale", "1"));
            long seed = Long.parseLong(context.getEnvironment().getProperty("thidua.dataset.seed", "2026"));
            context.getBean(ProvinceDataset.class).generate(scale, seed);
        }
    }
}
