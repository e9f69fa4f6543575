package io.ordertrail.handover.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoverReceiptTest {

    private final HandoverReceipt receipt = new HandoverReceipt(
            Team.INVENTORY,
            HandoverDocument.of(
                    "m-9",
                    HandoverMessageType.ORDER_RECORDED,
                    "ORD-2026-000009",
                    1,
                    new HandoverDocument.Customer("C-1001", "Johnssons byggvaror"),
                    new HandoverDocument.Fulfillment("PICKUP", null, "Counter", null),
                    List.of(new HandoverDocument.Line(1, "SItemNo001", "Falu Rödfärg", 2))),
            Instant.parse("2026-11-26T10:00:00Z"));

    @Test
    void aHandoverIsAcknowledgedOnceAndTheFirstAcknowledgementStands() {
        assertThat(receipt.isAcknowledged()).isFalse();

        receipt.acknowledge("ivy", Instant.parse("2026-11-26T10:02:00Z"));

        assertThat(receipt.getAcknowledgedBy()).isEqualTo("ivy");
        assertThatThrownBy(() -> receipt.acknowledge("sam", Instant.parse("2026-11-26T10:03:00Z")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already acknowledged by ivy");
        assertThat(receipt.getAcknowledgedBy()).isEqualTo("ivy");
    }
}
