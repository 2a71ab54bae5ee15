package vn.mttq.thidua.notice;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (the e-mail outbox, deadline reminders) and their lock in the database (ShedLock, table
 * {@code shedlock}), so that with several instances each run happens on one of them. The lock also holds when a job
 * is called directly. {@code thidua.scheduling.enabled=false} turns the schedule off on an instance.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "thidua.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {
    }
}
