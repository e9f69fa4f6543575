package io.ordertrail.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A page's socket gets a signal sent before it opened, once, and only a signal it could have missed. */
class OpenPagesTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final OpenPages pages = new OpenPages(now::get);

    @Test
    void aSignalAfterThePageWasDrawnButBeforeItsSocketOpenedIsSentOnceWhenItOpens() {
        long drawn = now.get();
        now.addAndGet(5_000); // the socket took five seconds to open
        pages.signalled(new PageSignal("handovers", "handoverArrived", Set.of()));
        Page page = new Page("ivy", Map.of());

        pages.opened("handovers", page.socket(), drawn);

        assertThat(page.received).containsExactly(OpenPages.CATCH_UP);
    }

    @Test
    void aSignalLongBeforeThePageWasDrawnIsNotSentAgain() {
        pages.signalled(new PageSignal("handovers", "handoverArrived", Set.of()));
        now.addAndGet(OpenPages.CLOCK_MARGIN_MS + 1);
        Page page = new Page("ivy", Map.of());

        pages.opened("handovers", page.socket(), now.get());

        assertThat(page.received).isEmpty();
    }

    @Test
    void aSignalOnAnotherChannelOrForAnotherPersonIsNotMissed() {
        long drawn = now.get();
        pages.signalled(new PageSignal("notes", "noteAdded", Set.of()));
        pages.signalled(new PageSignal("notifications", "new", Set.of("sam")));
        Page ivy = new Page("ivy", Map.of());
        Page sam = new Page("sam", Map.of());

        pages.opened("notifications", ivy.socket(), drawn);
        pages.opened("notifications", sam.socket(), drawn);

        assertThat(ivy.received).isEmpty();
        assertThat(sam.received).containsExactly(OpenPages.CATCH_UP);
    }

    @Test
    void aSocketOpenedAgainAlwaysFetchesOnce() {
        Page page = new Page("ivy", Map.of());

        pages.opened("handovers", page.socket(), 0);

        assertThat(page.received)
                .as("no signal known on this server, yet one may have been missed")
                .containsExactly(OpenPages.CATCH_UP);
    }

    @Test
    void anOpenSocketGetsTheSignalsForItAndAClosedOneNone() {
        Page ivy = new Page("ivy", Map.of());
        Page sam = new Page("sam", Map.of());
        pages.opened("notifications", ivy.socket(), now.get());
        pages.opened("notifications", sam.socket(), now.get());

        pages.signalled(new PageSignal("notifications", "new", Set.of("sam")));
        pages.closed("notifications", sam.socket());
        pages.signalled(new PageSignal("notifications", "all", Set.of()));

        assertThat(ivy.received).containsExactly("all");
        assertThat(sam.received).containsExactly("new");
    }

    @Test
    void thePageSaysWhenItWasDrawnOrItIsTakenAsUnknown() {
        assertThat(PageSocket.drawnAt(new Page("ivy", Map.of("since", List.of("1764930000000"))).socket()))
                .isEqualTo(1_764_930_000_000L);
        assertThat(PageSocket.drawnAt(new Page("ivy", Map.of()).socket())).isZero();
        assertThat(PageSocket.drawnAt(new Page("ivy", Map.of("since", List.of("yesterday"))).socket()))
                .isZero();
        assertThat(PageSocket.drawnAt(new Page("ivy", Map.of("since", List.of("-5"))).socket()))
                .isZero();
        assertThat(PageSocket.drawnAt(new Page("ivy", Map.of("since", List.of("1", "2"))).socket()))
                .isZero();
        assertThat(PageSocket.drawnAt(new Page("ivy", Map.of("since", List.of("9".repeat(30)))).socket()))
                .isZero();
    }

    /** A browser page's socket as the server sees it: its viewer, its address's parameters, what it was sent. */
    private static final class Page {

        final List<String> received = new ArrayList<>();
        private final Session socket;

        Page(String viewer, Map<String, List<String>> parameters) {
            Principal principal = () -> viewer;
            RemoteEndpoint.Basic remote = (RemoteEndpoint.Basic) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Basic.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 1) {
                            received.add((String) args[0]);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            socket = (Session) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getUserPrincipal" -> principal;
                        case "isOpen" -> true;
                        case "getBasicRemote" -> remote;
                        case "getRequestParameterMap" -> parameters;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        Session socket() {
            return socket;
        }
    }
}
