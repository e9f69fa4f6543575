package io.ordertrail.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void aCallersPlainIdIsKeptAndAnythingElseReplacedByAFreshOne() {
        try (Correlation.Scope scope = Correlation.request("web-7f3a.1")) {
            assertThat(scope.requestId()).isEqualTo("web-7f3a.1");
        }
        try (Correlation.Scope scope = Correlation.request("x\n{\"level\":\"SEVERE\"}")) {
            assertThat(scope.requestId()).matches("[0-9a-f-]{36}");
        }
        try (Correlation.Scope scope = Correlation.request(null)) {
            assertThat(scope.requestId()).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void aScopeWithinAnotherGivesTheOuterIdsBackWhenItCloses() {
        try (Correlation.Scope request = Correlation.request("r-1")) {
            try (Correlation.Scope message = Correlation.message("ID:55", "SO-1")) {
                assertThat(Correlation.current()).contains(new Correlation.Ids("r-1", "ID:55", "SO-1"));
            }
            assertThat(Correlation.current()).contains(new Correlation.Ids("r-1", null, null));
        }
        assertThat(Correlation.current()).isEmpty();
    }

    @Test
    void outsideAnyUnitOfWorkNothingIsRecordedSoAPooledThreadCarriesNothingOn() {
        Correlation.concerns("SO-9");

        assertThat(Correlation.current()).isEmpty();
    }

    @Test
    void aRequestLeftOpenByMistakeIsNotRestoredByTheNextOne() {
        Correlation.Scope leaked = Correlation.request("leaked");
        try (Correlation.Scope next = Correlation.request("next")) {
            assertThat(Correlation.current().orElseThrow().requestId()).isEqualTo("next");
        }
        assertThat(Correlation.current()).isEmpty();
        leaked.close();
    }
}
