package vn.mttq.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.mttq.thidua.web.DatabasePreflight;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ThiDuaApplication.class);
        app.addListeners(new DatabasePreflight());
        app.run(args);
    }
}
