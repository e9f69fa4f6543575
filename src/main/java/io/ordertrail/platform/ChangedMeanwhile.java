package io.ordertrail.platform;

import jakarta.ejb.ApplicationException;

/**
 * What a piece of work read without a lock was changed by another transaction before the work could commit, so what
 * it decided no longer holds. The transaction rolls back, and the work is run again on what is there now: it is not
 * a failure, and the caller that runs the work retries it a few times before treating it as one.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile(String message) {
        super(message);
    }
}
