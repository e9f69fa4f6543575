package io.ordertrail.communication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The customer's acknowledgement link: genuine links are accepted, forged, altered and expired ones refused. */
class AcknowledgementTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final AcknowledgementTokens tokens = new AcknowledgementTokens(key);

    @Test
    void aGenuineTokenNamesItsCommunicationAndOrder() {
        String token = tokens.issue(1042, "ORD-2026-000017", NOW.plus(Duration.ofDays(30)));
        AcknowledgementTokens.Verdict verdict = tokens.verify(token, NOW);
        assertThat(verdict.isGenuine()).isTrue();
        assertThat(verdict.claims().orElseThrow().communicationId()).isEqualTo(1042);
        assertThat(verdict.claims().orElseThrow().orderNumber()).isEqualTo("ORD-2026-000017");
    }

    @Test
    void anAlteredTokenIsRefused() {
        String token = tokens.issue(1042, "ORD-2026-000017", NOW.plus(Duration.ofDays(30)));
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("1043|ORD-2026-000017|1900000000".getBytes(StandardCharsets.UTF_8));
        String altered = payload + token.substring(token.indexOf('.'));
        assertThat(tokens.verify(altered, NOW).refusal().inEnglish())
                .contains("has been changed or was not issued by us");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        byte[] other = Arrays.copyOf(key, key.length);
        other[0] ^= 1;
        String forged = new AcknowledgementTokens(other).issue(1042, "ORD-2026-000017", NOW.plusSeconds(60));
        assertThat(tokens.verify(forged, NOW).isGenuine()).isFalse();
    }

    @Test
    void anExpiredTokenIsRefusedSayingSo() {
        String token = tokens.issue(1042, "ORD-2026-000017", NOW.plusSeconds(60));
        assertThat(tokens.verify(token, NOW.plusSeconds(59)).isGenuine()).isTrue();
        assertThat(tokens.verify(token, NOW.plusSeconds(60)).refusal().inEnglish())
                .contains("expired");
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        assertThat(tokens.verify(null, NOW).isGenuine()).isFalse();
        assertThat(tokens.verify("not-a-token", NOW).isGenuine()).isFalse();
        assertThat(tokens.verify("%%%.###", NOW).isGenuine()).isFalse();
        assertThat(tokens.verify("a.b.c", NOW).isGenuine()).isFalse();
    }
}
