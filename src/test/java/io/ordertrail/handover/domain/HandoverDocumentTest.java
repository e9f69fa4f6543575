package io.ordertrail.handover.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.handover.domain.HandoverDocument.MalformedHandover;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoverDocumentTest {

    private static HandoverDocument document() {
        return HandoverDocument.of(
                "m-1",
                HandoverMessageType.ORDER_RECORDED,
                "ORD-2026-000007",
                2,
                new HandoverDocument.Customer("C-1002", "Acme Hardware Ltd"),
                new HandoverDocument.Fulfillment("DELIVERY", "12 Mill Lane", null, "Ring the bell"),
                List.of(new HandoverDocument.Line(1, "RLR-230", "Paint roller", 4)));
    }

    @Test
    void aDocumentReadsBackWhatWasWritten() {
        HandoverDocument read = HandoverDocument.parse(document().toJson());

        assertThat(read.messageId()).isEqualTo("m-1");
        assertThat(read.messageType().wireName()).isEqualTo("OrderRecorded");
        assertThat(read.orderNumber()).isEqualTo("ORD-2026-000007");
        assertThat(read.orderVersion()).isEqualTo(2);
    }

    @Test
    void theJsonIsSmallVersionedAndNamesTheOrder() {
        assertThat(document().toJson())
                .contains("\"schema\":\"ordertrail.handover/1\"")
                .contains("\"orderNumber\":\"ORD-2026-000007\"")
                .contains("\"productCode\":\"RLR-230\"")
                .doesNotContain("pickupLocation");
    }

    @Test
    void textThatIsNotAHandoverDocumentIsRefusedWithTheReason() {
        assertThatThrownBy(() -> HandoverDocument.parse("not json"))
                .isInstanceOf(MalformedHandover.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> HandoverDocument.parse("{\"schema\":\"other/9\"}"))
                .isInstanceOf(MalformedHandover.class)
                .hasMessageContaining("Unknown handover schema");
        assertThatThrownBy(() ->
                        HandoverDocument.parse(document().toJson().replace("\"orderVersion\":2", "\"orderVersion\":0")))
                .isInstanceOf(MalformedHandover.class)
                .hasMessageContaining("orderVersion");
        assertThatThrownBy(() -> HandoverDocument.parse(" ")).isInstanceOf(MalformedHandover.class);
    }
}
