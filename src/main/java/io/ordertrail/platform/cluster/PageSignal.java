package io.ordertrail.platform.cluster;

import java.security.Principal;
import java.util.Set;

/**
 * "Something changed" for the pages open on a websocket channel, as every server receives it ({@link PageSignals}):
 * the channel, the message the pages are pushed, and the users it is for (on a channel per user). It carries no
 * data; each page fetches what changed itself, with its viewer's permissions.
 */
public record PageSignal(String channel, String message, Set<String> users) {

    public PageSignal {
        users = Set.copyOf(users);
    }

    /** Whether a page of this person (null: nobody signed in) gets it: a signal for everyone, or for them. */
    public boolean reaches(Principal user) {
        return users.isEmpty() || (user != null && users.contains(user.getName()));
    }
}
