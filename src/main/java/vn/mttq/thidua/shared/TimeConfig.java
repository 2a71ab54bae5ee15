package vn.mttq.thidua.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, in the time zone of its users (Asia/Ho_Chi_Minh unless configured). */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(@Value("${thidua.time-zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
