package io.ordertrail.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageSignalTest {

    private static final Principal SAM = () -> "sam";
    private static final Principal IVY = () -> "ivy";

    @Test
    void aSignalForEveryoneReachesEveryPage() {
        PageSignal handoverArrived = new PageSignal("handovers", "handoverArrived", Set.of());
        assertThat(handoverArrived.reaches(SAM)).isTrue();
        assertThat(handoverArrived.reaches(IVY)).isTrue();
    }

    @Test
    void aSignalForSomeReachesOnlyTheirPages() {
        PageSignal notified = new PageSignal("notifications", "new", Set.of("sam"));
        assertThat(notified.reaches(SAM)).isTrue();
        assertThat(notified.reaches(IVY)).isFalse();
        assertThat(notified.reaches(null)).as("a page of nobody signed in").isFalse();
    }
}
