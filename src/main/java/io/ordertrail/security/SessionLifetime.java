package io.ordertrail.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a signed-in session lasts: at most {@code absolute} from signing in, and no longer than {@code idle}
 * after the person last did something. A page polling for news is not the person doing something: requests from
 * the pages' polls (components whose id ends in "Poll") do not count.
 */
record SessionLifetime(Duration absolute, Duration idle) {

    /** Why the session has ended by now, or empty while it goes on. */
    Optional<String> ended(Instant signedInAt, Instant lastActivity, Instant now) {
        if (!now.isBefore(signedInAt.plus(absolute))) {
            return Optional.of("signed in more than " + absolute.toHours() + " h ago");
        }
        if (!now.isBefore(lastActivity.plus(idle))) {
            return Optional.of("idle for " + idle.toMinutes() + " min");
        }
        return Optional.empty();
    }

    /** Whether the request is the person acting, not a page polling: {@code source} is the Faces ajax source, if any. */
    static boolean isActivity(String facesAjaxSource) {
        return facesAjaxSource == null || !facesAjaxSource.endsWith("Poll");
    }
}
