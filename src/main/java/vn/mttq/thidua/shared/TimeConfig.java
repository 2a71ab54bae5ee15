package vn.mttq.thidua.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * One clock for the application, in the time zone of its users (Asia/Ho_Chi_Minh unless configured); records
 * are stamped created and changed by it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingTime")
class TimeConfig {

    @Bean
    Clock clock(@Value("${thidua.time-zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
