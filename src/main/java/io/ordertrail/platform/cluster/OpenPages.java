package io.ordertrail.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pages open on this server that listen for signals, by channel: each {@link PageSocket} the browser keeps open.
 * A {@link PageSignal}, from this server or another, goes to each of them on its channel: to all of them, or only to
 * the users it names. The page then fetches what changed through its own Ajax, with its viewer's permissions; the
 * socket carries no data.
 *
 * <p>Why not Faces' own {@code f:websocket}: it keeps a session-scoped bean in the session whose injected proxies
 * cannot be read back on another server of the data grid (Weld names the bean after a bean archive that differs from
 * server to server), so a session with it could not move to another server (issue 22).
 */
@ApplicationScoped
public class OpenPages {

    private static final Logger LOG = Logger.getLogger(OpenPages.class.getName());

    private final Map<String, Set<Session>> byChannel = new ConcurrentHashMap<>();

    void opened(String channel, Session socket) {
        byChannel.computeIfAbsent(channel, any -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void closed(String channel, Session socket) {
        Set<Session> open = byChannel.get(channel);
        if (open != null) {
            open.remove(socket);
        }
    }

    void signalled(@Observes PageSignal signal) {
        for (Session socket : byChannel.getOrDefault(signal.channel(), Set.of())) {
            if (!signal.reaches(socket.getUserPrincipal())) {
                continue;
            }
            if (!socket.isOpen()) {
                closed(signal.channel(), socket);
                continue;
            }
            try {
                synchronized (socket) { // one message at a time on a socket, whichever thread signals
                    socket.getBasicRemote().sendText(signal.message());
                }
            } catch (IOException | IllegalStateException gone) {
                // the page went away as the signal left: it fetches everything when it opens again
                LOG.log(Level.FINE, "A page on " + signal.channel() + " closed before its signal: " + gone);
                closed(signal.channel(), socket);
            }
        }
    }
}
