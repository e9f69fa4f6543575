package io.ordertrail.testsupport;

import java.util.concurrent.Callable;

/** In-container tests: runs work with the identity the subclass's {@code @RunAs} names, in its transaction. */
public abstract class RunAsCaller {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
