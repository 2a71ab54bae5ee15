package vn.mttq.thidua.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail outbox: every minute, on one instance at a time, the notices not yet e-mailed (of the last two days) of
 * people who want e-mail and have an address are sent — in Vietnamese and in English — and marked, each in the
 * transaction that sends it, so that a notice is e-mailed once even when two instances run and after a restart.
 * Without a mail server ({@code spring.mail.host}) nothing is sent and the inbox is the only channel.
 */
@Component
public class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    private static final Duration FRESH = Duration.ofDays(2);
    private static final int BATCH = 100;

    private final ObjectProvider<JavaMailSender> senders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    NoticeMailer(ObjectProvider<JavaMailSender> senders, JdbcTemplate jdbc, TransactionTemplate transactions,
                 MessageSource messages, Clock clock, @Value("${thidua.base-url:http://localhost:8080}") String baseUrl,
                 @Value("${thidua.notices.from:thidua@localhost}") String from) {
        this.senders = senders;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    public boolean isConfigured() {
        return senders.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${thidua.notices.mail-every:PT1M}", initialDelayString = "${thidua.notices.mail-after:PT1M}")
    @SchedulerLock(name = "noticeMail", lockAtMostFor = "PT10M")
    public void scheduled() {
        sendPending();
    }

    /** Sends what is waiting; how many were sent. */
    public int sendPending() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Integer sent = transactions.execute(status -> {
            List<Map<String, Object>> pending = jdbc.queryForList("""
                    select n.id, n.kind, n.args, n.link, a.email
                    from notice n join account a on a.id = n.account_id
                    where n.emailed_at is null and n.created_at > ? and a.enabled and a.email_notices
                      and a.email is not null and a.email <> ''
                    order by n.id limit ?
                    for update of n skip locked""", Timestamp.from(clock.instant().minus(FRESH)), BATCH);
            int count = 0;
            for (Map<String, Object> notice : pending) {
                try {
                    sender.send(mail(notice));
                } catch (MailException e) {
                    log.warn("Could not e-mail notice {}: {}", notice.get("id"), e.getMessage());
                    break;
                }
                jdbc.update("update notice set emailed_at = ? where id = ?", Timestamp.from(clock.instant()), notice.get("id"));
                count++;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private SimpleMailMessage mail(Map<String, Object> notice) {
        String kind = (String) notice.get("kind");
        String args = (String) notice.get("args");
        Object[] words = args == null || args.isEmpty() ? new Object[0] : args.split(Notice.SEPARATOR, -1);
        String vi = messages.getMessage("notice." + kind, words, Locale.forLanguageTag("vi"));
        String en = messages.getMessage("notice." + kind, words, Locale.ENGLISH);
        String link = notice.get("link") == null ? baseUrl + "/notices" : baseUrl + notice.get("link");
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo((String) notice.get("email"));
        mail.setSubject(messages.getMessage("notice.mail.subject", new Object[] {vi}, Locale.forLanguageTag("vi")));
        mail.setText(vi + "\n" + link + "\n\n— " + en + "\n" + link + "\n\n"
                + messages.getMessage("notice.mail.footer", new Object[] {baseUrl + "/notices"}, Locale.forLanguageTag("vi"))
                + "\n" + messages.getMessage("notice.mail.footer", new Object[] {baseUrl + "/notices"}, Locale.ENGLISH));
        return mail;
    }
}
