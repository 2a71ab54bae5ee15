package vn.mttq.thidua.security;

import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in sessions of an account, found by its username in the session store (PostgreSQL). When an
 * account's rights change — disabled, another role or agency, a new password — its sessions end, so nobody
 * goes on working with the rights they had; after the change is committed, so that signing in again reads it.
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account once the current transaction commits (at once without one). */
    public void endAll(String username) {
        afterCommit(() -> endAllExcept(username, null));
    }

    /** Ends every session of the account but one (the one in which it changed its own password). */
    public void endAllExcept(String username, String keepSessionId) {
        Set<String> ids = sessions.findByPrincipalName(username).keySet();
        ids.stream().filter(id -> !id.equals(keepSessionId)).forEach(sessions::deleteById);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
