package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderFactTest {

    @Test
    void aFactIsWrittenInTheAddressAndReadBackTheSame() {
        for (OrderFact fact : new OrderFact[] {
            OrderFact.of(OrderFact.Kind.CONFIRMED),
            OrderFact.of(OrderFact.Kind.REASON, AmendmentReason.PRICE_CORRECTION),
            OrderFact.of(OrderFact.Kind.REQUEST_TYPE, SpecialRequestType.PACKAGING),
            OrderFact.of(OrderFact.Kind.REQUEST_OUTCOME, RequestDecision.REJECTED)
        }) {
            assertThat(OrderFact.parse(fact.toString())).contains(fact);
        }
        assertThat(OrderFact.of(OrderFact.Kind.REASON, AmendmentReason.PRICE_CORRECTION)
                        .toString())
                .isEqualTo("REASON:PRICE_CORRECTION");
    }

    @Test
    void anAddressNamingNoFactOfOursIsNoFact() {
        assertThat(OrderFact.parse("SHIPPED")).isEmpty();
        assertThat(OrderFact.parse("REASON")).as("a reason needs its code").isEmpty();
        assertThat(OrderFact.parse("REASON:LOST_IN_THE_POST")).isEmpty();
        assertThat(OrderFact.parse("CONFIRMED:YES")).as("takes no value").isEmpty();
        assertThat(OrderFact.parse(" ")).isEmpty();
        assertThat(OrderFact.parse(null)).isEmpty();
    }

    @Test
    void aFactSaysInWordsWhichOrdersTheListShows() {
        assertThat(OrderFact.of(OrderFact.Kind.REQUEST_OUTCOME, RequestDecision.REJECTED)
                        .describe())
                .isEqualTo("Orders that had a special request rejected");
        assertThat(OrderFact.of(OrderFact.Kind.REASON, AmendmentReason.ENTRY_CORRECTION)
                        .describe())
                .isEqualTo("Orders that were amended for: Correction of an entry error");
        assertThatThrownBy(() -> new OrderFact(OrderFact.Kind.REQUEST_TYPE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a value");
    }
}
