package vn.mttq.thidua.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking across a form: the version the user's form was built on must still be the record's
 * version when it comes back, or someone else changed the record in between (the 409 page).
 */
public final class Versions {

    private Versions() {
    }

    public static void check(Class<?> type, Object id, long current, Long submitted) {
        if (submitted == null || submitted != current) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
