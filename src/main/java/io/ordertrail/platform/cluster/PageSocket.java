package io.ordertrail.platform.cluster;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The websocket an open page listens on for signals ({@link OpenPages}): {@code /push/<channel>}. Only a person signed
 * in opens one (web.xml guards {@code /push/*} like the pages). The page says when it was drawn
 * ({@code ?since=<ms>}) so that a signal sent before its socket opened still reaches it ({@link OpenPages}); the
 * page's script (ordertrail.js) opens the socket again when it closes, for example when its server stopped, without
 * {@code since}, and then fetches once what it may have missed.
 */
@ServerEndpoint("/push/{channel}")
public class PageSocket {

    private static final Logger LOG = Logger.getLogger(PageSocket.class.getName());
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final Pattern MILLISECONDS = Pattern.compile("[0-9]{1,18}");

    @Inject
    OpenPages pages;

    @OnOpen
    public void open(Session socket, @PathParam("channel") String channel) throws IOException {
        if (socket.getUserPrincipal() == null || !CHANNEL.matcher(channel).matches()) {
            socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no such channel for you"));
            return;
        }
        socket.setMaxIdleTimeout(0); // a page may wait hours for its next signal
        pages.opened(channel, socket, drawnAt(socket));
    }

    /** When the page was drawn ({@code ?since=}, from {@link PageDrawn}), or 0 if it does not say or says nonsense. */
    static long drawnAt(Session socket) {
        List<String> since = socket.getRequestParameterMap().getOrDefault("since", List.of());
        if (since.size() != 1 || !MILLISECONDS.matcher(since.get(0)).matches()) {
            return 0; // the page fetches once, which is always safe
        }
        return Long.parseLong(since.get(0));
    }

    @OnClose
    public void close(Session socket, @PathParam("channel") String channel) {
        pages.closed(channel, socket);
    }

    @OnError
    public void failed(Session socket, @PathParam("channel") String channel, Throwable problem) {
        LOG.log(Level.FINE, "The socket of a page on " + channel + " failed: " + problem);
        pages.closed(channel, socket);
    }
}
