package io.ordertrail.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A notice keeps its message in English and says it in each recipient's language. */
class StaffNotificationTest {

    @Test
    void aNoticeIsKeptInEnglishAndReadInTheRecipientsLanguage() {
        StaffNotification notice = new StaffNotification(
                "manager",
                NotificationKind.ORDER_AWAITS_DOUBLE_CHECK,
                "ORD-2026-000042",
                Phrase.of(
                        "notification.recordedFlagged",
                        "ORD-2026-000042",
                        Phrase.listed(List.of(
                                Phrase.labelInSentence(FlagType.UNUSUAL_QUANTITY),
                                Phrase.labelInSentence(FlagType.HIGH_VALUE)))),
                "/orders/order.xhtml?number=ORD-2026-000042",
                Instant.parse("2026-12-02T10:00:00Z"));

        assertThat(notice.getMessage())
                .isEqualTo("Order ORD-2026-000042 was recorded with unusual quantity, high value and waits for a"
                        + " double-check.");
        assertThat(notice.message(Texts.in(Locale.GERMAN)))
                .isEqualTo("Der Auftrag ORD-2026-000042 wurde erfasst und markiert (Ungewöhnliche Menge, Hoher Wert);"
                        + " er wartet auf die Zweitprüfung.");
    }
}
