package io.ordertrail.communication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.orders.domain.FulfillmentMethod;
import io.ordertrail.orders.domain.TaxBreakdown;
import io.ordertrail.orders.domain.VatRounding;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A confirmation on its way: pending, retried with a doubling delay, sent once, given up on after the last attempt. */
class CommunicationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(60), 4);

    static ConfirmationContent content() {
        return new ConfirmationContent(
                "ORD-2026-000017",
                1,
                "Acme <Hardware> & Co",
                null,
                List.of(new ConfirmationContent.Line(
                        "RLR-230", "Paint roller", 2, new BigDecimal("12.40"), new BigDecimal("24.80"))),
                TaxBreakdown.of(
                        Currency.getInstance("GBP"),
                        VatTreatment.DOMESTIC,
                        VatRounding.PER_DOCUMENT,
                        List.of(new TaxBreakdown.TaxableLine(2, new BigDecimal("12.40"), "S", new BigDecimal("20")))),
                FulfillmentMethod.DELIVERY,
                "12 Mill Lane, Leeds",
                LocalDate.of(2026, 12, 2),
                "in stock",
                List.of(),
                List.of(),
                false,
                "the order desk, +44 20 7946 0000",
                null,
                Locale.ENGLISH);
    }

    private Communication email() {
        return Communication.toSend(
                CommunicationKind.CONFIRMATION,
                ConfirmationChannel.EMAIL,
                "buyer@example.com",
                "sales",
                NOW,
                content());
    }

    @Test
    void aQueuedEmailIsDueAtOnceAndSentOnce() {
        Communication email = email();
        assertThat(email.isDue(NOW)).isTrue();
        email.sent(NOW.plusSeconds(1));
        assertThat(email.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(email.isDue(NOW.plusSeconds(10))).isFalse();
        assertThatThrownBy(() -> email.sent(NOW.plusSeconds(2))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedAttemptIsRetriedLaterWithADoublingDelayAndGivenUpOnAfterTheLast() {
        Communication email = email();
        email.attemptFailed("Connection refused", NOW, policy);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(email.isDue(NOW.plusSeconds(4))).isFalse();
        email.attemptFailed("Connection refused", NOW, policy);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        email.attemptFailed("Connection refused", NOW, policy);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(20));
        assertThat(email.getStatus()).isEqualTo(DeliveryStatus.PENDING);

        email.attemptFailed("Connection refused", NOW, policy);

        assertThat(email.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(email.getNextAttemptAt()).isNull();
        assertThat(email.getLastError()).isEqualTo("Connection refused");
        assertThat(email.isPendingOrFailed()).isTrue();
    }

    @Test
    void theDelayNeverExceedsTheLongest() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(30)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theFirstAcknowledgementStands() {
        Communication email = email();
        assertThat(email.acknowledge(NOW, "203.0.113.7")).isTrue();
        assertThat(email.acknowledge(NOW.plusSeconds(60), "198.51.100.1")).isFalse();
        assertThat(email.getAcknowledgedAt()).isEqualTo(NOW);
        assertThat(email.getAcknowledgedFrom()).isEqualTo("203.0.113.7");
    }

    @Test
    void theStoredEmailHasAPlaceholderWhereTheLinkGoesAndOnlyTheIssuedTokenFits() {
        Communication email = email();
        email.carryAcknowledgeLink(content().withAcknowledgeUrl(ConfirmationContent.LINK_PLACEHOLDER));
        email.acknowledgedThrough(AcknowledgementTokens.hash("the-token"), NOW.plusSeconds(3600));

        assertThat(email.getTextContent())
                .contains(ConfirmationContent.LINK_PLACEHOLDER)
                .doesNotContain("token=");
        assertThat(email.textWith("https://desk.example/confirmation.xhtml?token=the-token"))
                .contains("https://desk.example/confirmation.xhtml?token=the-token")
                .doesNotContain(ConfirmationContent.LINK_PLACEHOLDER);
        assertThat(email.isAcknowledgedThrough(AcknowledgementTokens.hash("the-token")))
                .isTrue();
        assertThat(email.isAcknowledgedThrough(AcknowledgementTokens.hash("another-token")))
                .isFalse();
    }

    @Test
    void aCallIsRecordedNotSentAndCannotBeResent() {
        Communication call = Communication.call(
                CommunicationKind.CONFIRMATION,
                "Eva Ek",
                "+46 8 555 0101",
                "sales",
                NOW.minusSeconds(300),
                NOW,
                content(),
                "Read out the summary");
        assertThat(call.getStatus()).isEqualTo(DeliveryStatus.RECORDED);
        assertThat(call.getCallWith()).isEqualTo("Eva Ek");
        assertThat(call.isResendable()).isFalse();
        assertThatThrownBy(() -> call.resend("sales", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResendIsANewPendingRecordWithTheSameContent() {
        Communication email = email();
        email.sent(NOW);
        Communication again = email.resend("manager", NOW.plusSeconds(60));
        assertThat(again.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(again.getAuthor()).isEqualTo("manager");
        assertThat(again.getTextContent()).isEqualTo(email.getTextContent());
    }
}
