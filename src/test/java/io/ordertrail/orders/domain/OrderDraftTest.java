package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.platform.InputRejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SOP step 1: the incompletion check says exactly what is still missing. */
class OrderDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static OrderDraft complete() {
        return new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("P-1", 2)
                .delivery("1 High Street");
    }

    @Test
    void anEmptyDraftListsEverythingThatIsMissing() {
        assertThat(new OrderDraft().problems(TODAY))
                .extracting(InputRejected.Problem::field)
                .containsExactly("channel", "customer", "lines", "fulfillmentMethod");
    }

    @Test
    void aCompleteDeliveryOrderHasNoProblems() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("P-1", 2)
                .delivery("1 High Street");
        assertThat(draft.problems(TODAY)).isEmpty();
    }

    @Test
    void eachBadLineIsNamedByItsPosition() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.EMAIL)
                .customer("C-1001")
                .sourceEmail("From: a@b.c")
                .line("P-1", 1)
                .line(null, 0)
                .line("P-3", OrderDraft.MAX_LINE_QUANTITY + 1)
                .pickup("Counter");
        assertThat(draft.problems(TODAY))
                .extracting(InputRejected.Problem::field)
                .containsExactly("lines[1].product", "lines[1].quantity", "lines[2].quantity");
        assertThat(draft.problems(TODAY).get(0).message()).isEqualTo("Line 2: choose a product.");
    }

    @Test
    void deliveryNeedsAnAddressAndPickupNeedsALocation() {
        OrderDraft delivery = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C")
                .line("P", 1)
                .delivery("  ");
        OrderDraft pickup = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C")
                .line("P", 1)
                .pickup(null);
        assertThat(delivery.problems(TODAY))
                .extracting(InputRejected.Problem::field)
                .containsExactly("deliveryAddress");
        assertThat(pickup.problems(TODAY))
                .extracting(InputRejected.Problem::field)
                .containsExactly("pickupLocation");
    }

    @Test
    void quantitiesOfZeroBelowZeroAndAbsurdlyLargeAreRefused() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("P-1", 0)
                .line("P-2", -5)
                .line("P-3", 2_000_000_000)
                .delivery("1 High Street");
        assertThat(draft.problems(TODAY))
                .extracting(InputRejected.Problem::message)
                .containsExactly(
                        "Line 1: enter a quantity of at least 1.",
                        "Line 2: enter a quantity of at least 1.",
                        "Line 3: a quantity above 100000 cannot be taken on one line; check the figure with the customer.");
    }

    @Test
    void anEmailOrderNeedsTheCustomersEmailAsItsSource() {
        OrderDraft draft = complete().channel(Channel.EMAIL);
        assertThat(draft.problems(TODAY))
                .extracting(InputRejected.Problem::field)
                .containsExactly("sourceEmail");
        assertThat(draft.sourceEmail("From: buyer@example.com\n\nPlease send 2 of P-1")
                        .problems(TODAY))
                .isEmpty();
    }

    @Test
    void aRequestedDateInThePastIsRefusedAndTodayIsFine() {
        assertThat(complete().requestedDate(TODAY.minusDays(1)).problems(TODAY))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2026-11-25 is in the past"));
        assertThat(complete().requestedDate(TODAY).problems(TODAY)).isEmpty();
    }

    @Test
    void textOverTheAllowedLengthIsRefusedSayingHowLongItMayBe() {
        OrderDraft draft = complete()
                .instructions("x".repeat(OrderDraft.MAX_INSTRUCTIONS + 1))
                .purchaseOrderReference("P".repeat(41));
        assertThat(draft.problems(TODAY))
                .extracting(InputRejected.Problem::field)
                .containsExactly("instructions", "purchaseOrderReference");
        assertThat(draft.problems(TODAY).get(0).message())
                .isEqualTo("The instructions text is 1001 characters long; shorten it to at most 1000.");
    }

    @Test
    void anAgreedPriceNeedsAReasonAndMustBeAPrice() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("P-1", 1, new BigDecimal("9.50"), " ")
                .line("P-2", 1, new BigDecimal("-1"), "quote 7")
                .line("P-3", 1, new BigDecimal("9.999"), "quote 8")
                .delivery("1 High Street");
        assertThat(draft.problems(TODAY))
                .extracting(InputRejected.Problem::field)
                .containsExactly("lines[0].priceReason", "lines[1].agreedPrice", "lines[2].agreedPrice");
    }
}
