package io.ordertrail.platform.cluster;

import io.ordertrail.platform.messaging.Queues;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Tells the open pages of every server that something changed: a signal on the broker's topic
 * ({@link Queues#PAGE_SIGNALS}), which each server's {@link PageSignalListener} hands to its own websockets as a
 * {@link PageSignal} event. Without it, a person on another server than the one where the change happened would see it
 * only when they reload.
 * <ul>
 * <li>A signal for everyone on a channel ("a handover arrived") says only that the pages should fetch again, so the
 * same signal within {@value #COALESCE_MS} ms goes out once: at 50 handovers a second the broker carries a few
 * signals, not fifty, and a page fetches once.</li>
 * <li>A signal for some users (their notifications) goes out each time, right after the change.</li>
 * </ul>
 * Call it after the change committed ({@code TransactionPhase.AFTER_SUCCESS}); {@link PageSignalSender} sends.
 */
@ApplicationScoped
public class PageSignals {

    static final long COALESCE_MS = 100;

    @Inject
    PageSignalSender sender;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The signals for everyone waiting to go out, as channel and message: a second one joins the first. */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    /**
     * Signals the pages on {@code channel} of every server: {@code message}, for {@code users} on a channel per user;
     * for everyone on the channel when there are none.
     */
    public void publish(String channel, String message, Set<String> users) {
        if (!users.isEmpty()) {
            sender.sendLater(channel, message, users);
            return;
        }
        String key = channel + '\n' + message;
        if (waiting.add(key)) {
            scheduler.schedule(
                    () -> {
                        waiting.remove(key); // a change from now on needs a signal of its own
                        sender.send(channel, message, Set.of());
                    },
                    COALESCE_MS,
                    TimeUnit.MILLISECONDS);
        }
    }
}
