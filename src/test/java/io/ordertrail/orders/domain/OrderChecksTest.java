package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.orders.domain.CustomerHistory.PastOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SOP step 2: the cross-check with the customer's previous records, one flag at a time. */
class OrderChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String HOME = "Rådhusgatan 5, Falun";
    private final OrderChecks checks = new OrderChecks(7, 3, new BigDecimal("10000"));

    private static Order.PricedLine line(String code, int quantity) {
        return Order.PricedLine.atListPrice(code, code, quantity, new BigDecimal("10.00"));
    }

    private static OrderChecks.Candidate delivery(String address, String reference, Order.PricedLine... lines) {
        return new OrderChecks.Candidate(List.of(lines), FulfillmentMethod.DELIVERY, address, reference);
    }

    /** Two earlier orders: paint in tens, 20 and 40 days ago, to the address on file. */
    private static CustomerHistory regular() {
        return new CustomerHistory(
                HOME,
                List.of(
                        new PastOrder(
                                "ORD-2026-000010", NOW.minus(Duration.ofDays(20)), HOME, "PO-77", Map.of("PAINT", 10)),
                        new PastOrder(
                                "ORD-2026-000005",
                                NOW.minus(Duration.ofDays(40)),
                                HOME,
                                null,
                                Map.of("PAINT", 12, "BRUSH", 2))));
    }

    private List<FlagType> flagsFor(OrderChecks.Candidate order, CustomerHistory history) {
        return checks.check(order, history, NOW).stream().map(Flag::getType).toList();
    }

    @Test
    void anOrderLikeTheCustomersUsualOnesRaisesNoFlag() {
        assertThat(checks.check(delivery(" rådhusgatan 5  falun ", "PO-78", line("PAINT", 11)), regular(), NOW))
                .isEmpty();
    }

    @Test
    void aQuantityFarAboveWhatTheCustomerUsuallyOrdersIsFlagged() {
        List<Flag> flags = checks.check(delivery(HOME, null, line("PAINT", 40)), regular(), NOW);
        assertThat(flags).extracting(Flag::getType).containsExactly(FlagType.UNUSUAL_QUANTITY);
        assertThat(flags.get(0).getReason()).isEqualTo("PAINT: 40 ordered, this customer usually orders about 11");
    }

    @Test
    void aDeliveryAddressNeverUsedBeforeIsFlagged() {
        assertThat(flagsFor(delivery("Storgatan 1, Borlänge", null, line("PAINT", 10)), regular()))
                .containsExactly(FlagType.NEW_DELIVERY_ADDRESS);
    }

    @Test
    void theAddressOnFileIsKnownEvenWithoutEarlierOrders() {
        assertThat(flagsFor(delivery(HOME, null, line("PAINT", 500)), CustomerHistory.none(HOME)))
                .isEmpty();
        assertThat(flagsFor(delivery("Elsewhere 2", null, line("PAINT", 5)), CustomerHistory.none(HOME)))
                .containsExactly(FlagType.NEW_DELIVERY_ADDRESS);
    }

    @Test
    void theKnownAddressWithoutItsCountryIsStillKnownButAVaguePartOfItIsNot() {
        CustomerHistory history = CustomerHistory.none("Unit 7, Wapping Wharf, Bristol BS1 6WP, United Kingdom");
        assertThat(flagsFor(delivery("Unit 7 Wapping Wharf, Bristol BS1 6WP", null, line("PAINT", 5)), history))
                .isEmpty();
        assertThat(flagsFor(delivery("Unit 7", null, line("PAINT", 5)), history))
                .containsExactly(FlagType.NEW_DELIVERY_ADDRESS);
    }

    @Test
    void aPickupHasNoDeliveryAddressToCheck() {
        assertThat(flagsFor(
                        new OrderChecks.Candidate(List.of(line("PAINT", 10)), FulfillmentMethod.PICKUP, null, null),
                        regular()))
                .isEmpty();
    }

    @Test
    void aProductTheCustomerNeverOrderedBeforeIsFlagged() {
        List<Flag> flags = checks.check(delivery(HOME, null, line("PAINT", 10), line("ROLLER", 2)), regular(), NOW);
        assertThat(flags).extracting(Flag::getType).containsExactly(FlagType.NEW_PRODUCT);
        assertThat(flags.get(0).getReason()).startsWith("ROLLER");
    }

    @Test
    void theSameProductsWithinTheWindowAreALikelyDuplicate() {
        OrderChecks tight = new OrderChecks(30, 3, null);
        assertThat(tight.check(delivery(HOME, null, line("PAINT", 9)), regular(), NOW))
                .extracting(Flag::getType)
                .containsExactly(FlagType.LIKELY_DUPLICATE);
        assertThat(flagsFor(delivery(HOME, null, line("PAINT", 9)), regular()))
                .as("20 days ago is outside 7 days")
                .isEmpty();
    }

    @Test
    void aWindowOfNoDaysTurnsTheSameProductsCheckOffEvenForAnOrderRecordedAtThisInstant() {
        CustomerHistory justNow = new CustomerHistory(
                HOME, List.of(new PastOrder("ORD-2026-000011", NOW.plusMillis(3), HOME, null, Map.of("PAINT", 10))));
        OrderChecks off = new OrderChecks(0, 3, null);

        assertThat(off.check(delivery(HOME, null, line("PAINT", 10)), justNow, NOW))
                .isEmpty();
        assertThat(new OrderChecks(1, 3, null).check(delivery(HOME, null, line("PAINT", 10)), justNow, NOW))
                .as("with a window, the same order recorded a moment later on another server is a likely duplicate")
                .extracting(Flag::getType)
                .containsExactly(FlagType.LIKELY_DUPLICATE);
    }

    @Test
    void anAmendedOrderIsNoDuplicateOfItsOwnEarlierVersion() {
        OrderChecks tight = new OrderChecks(30, 3, null);
        OrderChecks.Candidate amended = new OrderChecks.Candidate(
                "ORD-2026-000010", List.of(line("PAINT", 9)), FulfillmentMethod.DELIVERY, HOME, "PO-77");

        assertThat(tight.check(amended, regular(), NOW)).isEmpty();
    }

    @Test
    void theSamePurchaseOrderReferenceIsALikelyDuplicate() {
        List<Flag> flags = checks.check(delivery(HOME, "po-77", line("PAINT", 10)), regular(), NOW);
        assertThat(flags).extracting(Flag::getType).containsExactly(FlagType.LIKELY_DUPLICATE);
        assertThat(flags.get(0).getReason()).isEqualTo("Purchase order po-77 was already recorded as ORD-2026-000010");
    }

    @Test
    void anAgreedPriceIsFlaggedWithItsReason() {
        Order.PricedLine agreed = new Order.PricedLine(
                "PAINT", "Paint", 10, new BigDecimal("10.00"), new BigDecimal("8.50"), "quote Q-12");
        List<Flag> flags = checks.check(delivery(HOME, null, agreed), regular(), NOW);
        assertThat(flags).extracting(Flag::getType).containsExactly(FlagType.AGREED_PRICE);
        assertThat(flags.get(0).getReason()).isEqualTo("PAINT at 8.50 instead of the list price 10.00: quote Q-12");
    }

    @Test
    void anAgreedPriceEqualToTheListPriceIsNoAgreement() {
        Order.PricedLine same = new Order.PricedLine(
                "PAINT", "Paint", 10, new BigDecimal("10.00"), new BigDecimal("10.0"), "no change");
        assertThat(same.hasAgreedPrice()).isFalse();
        assertThat(flagsFor(delivery(HOME, null, same), regular())).isEmpty();
    }

    @Test
    void anOrderAboveTheApprovalValueIsFlagged() {
        assertThat(flagsFor(delivery(HOME, null, line("PAINT", 1001)), CustomerHistory.none(HOME)))
                .containsExactly(FlagType.HIGH_VALUE);
        assertThat(flagsFor(delivery(HOME, null, line("PAINT", 1000)), CustomerHistory.none(HOME)))
                .isEmpty();
    }
}
