package vn.mttq.thidua.notice;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Notify;

/**
 * Writes the notices of {@link Notify} events — one per person and event — and serves each person their own inbox.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final NoticeRepository notices;
    private final EntityManager em;
    private final UnreadNotices unread;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    NoticeService(NoticeRepository notices, EntityManager em, UnreadNotices unread, AccountService accounts,
                  AuditLog auditLog, Clock clock) {
        this.notices = notices;
        this.em = em;
        this.unread = unread;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The notices of an event, written in the publisher's transaction (a change that rolls back tells nobody): to the
     * enabled representatives of its agency, to the accounts it names and, when it says so, to staff and admins, once per person and event key — a second
     * delivery of the same event (another instance, a re-run job) changes nothing.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(Notify event) {
        List<Long> named = event.accountIds() == null || event.accountIds().isEmpty() ? List.of(-1L) : event.accountIds();
        @SuppressWarnings("unchecked")
        List<Number> told = em.createNativeQuery("""
                insert into notice (account_id, kind, event_key, args, link, created_at)
                select a.id, :kind, :eventKey, :args, :link, :now from account a
                where a.enabled and ((a.role = 'AGENCY_REP' and a.agency_id = :agency) or a.id in (:named)
                                   or (:staff and a.role in ('STAFF', 'ADMIN')))
                on conflict (account_id, event_key) do nothing
                returning account_id
                """)
                .setParameter("kind", event.kind())
                .setParameter("eventKey", event.eventKey())
                .setParameter("args", Notice.join(event.args()))
                .setParameter("link", event.link())
                .setParameter("now", clock.instant())
                .setParameter("agency", event.agencyId() == null ? -1L : event.agencyId())
                .setParameter("named", named)
                .setParameter("staff", event.staff())
                .getResultList();
        told.forEach(id -> unread.forget(id.longValue()));
    }

    /** The signed-in person's notices, newest first. */
    public Page<Notice> inbox(Pageable pageable) {
        return notices.inbox(CurrentUser.require().getId(), pageable);
    }

    /** Opens one of the signed-in person's notices: it is read from now on; the page it points to. */
    @Transactional
    public String open(Long id) {
        Long me = CurrentUser.require().getId();
        Notice notice = notices.findOwn(id, me).orElseThrow(() -> new NotFoundException("Notice", id));
        notice.read(clock.instant());
        unread.forget(me);
        return notice.getLink() == null ? "/notices" : notice.getLink();
    }

    @Transactional
    public int readAll() {
        Long me = CurrentUser.require().getId();
        int read = notices.readAll(me, clock.instant());
        unread.forget(me);
        return read;
    }

    public boolean wantsEmail() {
        return accounts.find(CurrentUser.require().getId()).map(a -> a.isEmailNotices()).orElse(false);
    }

    /** Turns the signed-in person's e-mail notices on or off (audited: it is a setting of their account). */
    @Transactional
    public void setEmail(boolean wanted) {
        Long me = CurrentUser.require().getId();
        boolean before = wantsEmail();
        if (before != wanted) {
            accounts.setEmailNotices(me, wanted);
            auditLog.record("UPDATE", "Account", me, null, Map.of("emailNotices", before), Map.of("emailNotices", wanted));
        }
    }
}
