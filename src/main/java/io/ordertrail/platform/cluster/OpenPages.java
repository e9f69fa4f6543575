package io.ordertrail.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pages open on this server that listen for signals, by channel: each {@link PageSocket} the browser keeps open.
 * A {@link PageSignal}, from this server or another, goes to each of them on its channel: to all of them, or only to
 * the users it names. The page then fetches what changed through its own Ajax, with its viewer's permissions; the
 * socket carries no data.
 *
 * <p>A page's socket opens after the page was drawn, a few milliseconds later as a rule, seconds later now and then. A
 * signal sent in between would be lost, so a socket says when its page was drawn ({@link PageDrawn}), and a page
 * whose channel was signalled since then, for everyone or for its viewer, is sent one message as soon as its socket is
 * registered, and fetches once. A page that opens its socket again after losing it says "0": it always fetches once.
 *
 * <p>Why not Faces' own {@code f:websocket}: it keeps a session-scoped bean in the session whose injected proxies
 * cannot be read back on another server of the data grid (Weld names the bean after a bean archive that differs from
 * server to server), so a session with it could not move to another server (issue 22).
 */
@ApplicationScoped
public class OpenPages {

    private static final Logger LOG = Logger.getLogger(OpenPages.class.getName());

    /** What a page is sent when its socket opens after a signal it may have missed. */
    static final String CATCH_UP = "catch-up";

    /**
     * How much earlier than its page's time a signal still counts as missed: the servers' clocks may differ by that
     * much (the page may have been drawn on one server, its socket opened on another), and one fetch too many is
     * harmless.
     */
    static final long CLOCK_MARGIN_MS = 2_000;

    private static final String EVERYONE = "";

    private final Map<String, Set<Session>> byChannel = new ConcurrentHashMap<>();

    /** When each channel was last signalled on this server, by the user it was for ("" for everyone). */
    private final Map<String, Map<String, Long>> lastSignalled = new ConcurrentHashMap<>();

    private final LongSupplier clock;

    public OpenPages() {
        this(System::currentTimeMillis);
    }

    OpenPages(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * Registers a page's socket, then sends it {@value #CATCH_UP} if its channel was signalled, for everyone or for the
     * page's viewer, since the page was drawn ({@code drawnAt}, milliseconds since the epoch), or always when that is
     * unknown (0: a socket opened again, perhaps on a server that has just started and knows no signal yet).
     */
    void opened(String channel, Session socket, long drawnAt) {
        byChannel.computeIfAbsent(channel, any -> ConcurrentHashMap.newKeySet()).add(socket);
        // registered first: a signal from now on reaches the socket; one before is in lastSignalled
        if (drawnAt <= 0 || missedSince(channel, socket.getUserPrincipal(), drawnAt - CLOCK_MARGIN_MS)) {
            send(channel, socket, CATCH_UP);
        }
    }

    void closed(String channel, Session socket) {
        Set<Session> open = byChannel.get(channel);
        if (open != null) {
            open.remove(socket);
        }
    }

    void signalled(@Observes PageSignal signal) {
        long now = clock.getAsLong();
        Map<String, Long> last = lastSignalled.computeIfAbsent(signal.channel(), any -> new ConcurrentHashMap<>());
        if (signal.users().isEmpty()) {
            last.merge(EVERYONE, now, Math::max);
        } else {
            signal.users().forEach(user -> last.merge(user, now, Math::max));
        }
        for (Session socket : byChannel.getOrDefault(signal.channel(), Set.of())) {
            if (signal.reaches(socket.getUserPrincipal())) {
                send(signal.channel(), socket, signal.message());
            }
        }
    }

    private boolean missedSince(String channel, Principal viewer, long since) {
        Map<String, Long> last = lastSignalled.getOrDefault(channel, Map.of());
        return last.getOrDefault(EVERYONE, Long.MIN_VALUE) >= since
                || (viewer != null && last.getOrDefault(viewer.getName(), Long.MIN_VALUE) >= since);
    }

    private void send(String channel, Session socket, String message) {
        if (!socket.isOpen()) {
            closed(channel, socket);
            return;
        }
        try {
            synchronized (socket) { // one message at a time on a socket, whichever thread signals
                socket.getBasicRemote().sendText(message);
            }
        } catch (IOException | IllegalStateException gone) {
            // the page went away as the signal left: it fetches everything when it opens again
            LOG.log(Level.FINE, "A page on " + channel + " closed before its signal: " + gone);
            closed(channel, socket);
        }
    }
}
