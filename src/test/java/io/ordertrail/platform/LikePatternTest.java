package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsTypedIntoASearchAreMatchedLiterally() {
        assertThat(LikePattern.containing("50%_off!")).isEqualTo("%50!%!_off!!%");
        assertThat(LikePattern.startingWith("acme")).isEqualTo("acme%");
        assertThat(LikePattern.containing(null)).isEqualTo("%%");
    }
}
