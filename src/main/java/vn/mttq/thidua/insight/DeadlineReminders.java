package vn.mttq.thidua.insight;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mttq.thidua.shared.Notify;
import vn.mttq.thidua.web.Formats;

/**
 * Every morning, on one instance (ShedLock), the representatives of each unit that takes part in a running campaign
 * and has not handed in the report of an open period are reminded: once when it is due within three days, once when
 * it is overdue (while the period still takes it). Each reminder has its event key, so a re-run — another instance,
 * a restart — tells nobody twice.
 */
@Component
public class DeadlineReminders {

    static final int DAYS_BEFORE = 3;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DeadlineReminders(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${thidua.notices.reminders-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "deadlineReminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduled() {
        int due = remind(LocalDate.now(clock));
        log.info("Deadline reminders: {} reports due or overdue, their representatives told (once each)", due);
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeadlineReminders.class);

    /** The reminders of a day, in one transaction; how many (unit, period) were due or overdue. */
    public int remind(LocalDate today) {
        Integer told = transactions.execute(status -> tell(today));
        return told == null ? 0 : told;
    }

    private int tell(LocalDate today) {
        List<Map<String, Object>> missing = jdbc.queryForList("""
                select rp.id as period_id, rp.name as period, rp.due_on, rp.closes_on, u.id as unit_id, u.name as unit,
                       u.agency_id, case when rp.due_on < ? then 'REPORT_OVERDUE' else 'REPORT_DUE' end as kind
                from reporting_period rp
                join campaign c on c.id = rp.campaign_id and c.status in ('LAUNCHED', 'FINAL_REVIEW')
                join participation p on p.campaign_id = c.id
                join unit u on u.id = p.unit_id and u.status = 'ACTIVE'
                left join report r on r.unit_id = u.id and r.period_id = rp.id
                where rp.kind <> 'PLEDGE' and rp.opens_on <= ? and rp.closes_on >= ? and rp.due_on <= ?
                  and (r.id is null or r.status = 'DRAFT')
                order by rp.id, u.id""", Date.valueOf(today), Date.valueOf(today), Date.valueOf(today),
                Date.valueOf(today.plusDays(DAYS_BEFORE)));
        for (Map<String, Object> row : missing) {
            String kind = (String) row.get("kind");
            events.publishEvent(Notify.agency(kind, ((Number) row.get("agency_id")).longValue(),
                    kind + ":" + row.get("period_id") + ":" + row.get("unit_id"), "/",
                    (String) row.get("period"), (String) row.get("unit"),
                    Formats.DATE.format(((Date) row.get("due_on")).toLocalDate()),
                    Formats.DATE.format(((Date) row.get("closes_on")).toLocalDate())));
        }
        return missing.size();
    }
}
