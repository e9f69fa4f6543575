package io.ordertrail.orders.domain;

import io.ordertrail.orders.domain.CustomerHistory.PastOrder;
import io.ordertrail.platform.i18n.Phrase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cross-check of SOP step 2: compares an order with the customer's previous records and the price list and
 * raises a {@link Flag}, with its reason, for everything a second person should look at.
 *
 * @param duplicateWindowDays    how far back an order with the same products counts as a likely duplicate; 0 turns
 *                               that check off (a repeated purchase order reference still counts)
 * @param unusualQuantityFactor  how many times the customer's usual quantity counts as far above it
 * @param approvalValue          an order worth more than this always needs the double-check
 */
public record OrderChecks(int duplicateWindowDays, double unusualQuantityFactor, BigDecimal approvalValue) {

    public List<Flag> check(Candidate order, CustomerHistory history, Instant now) {
        List<Flag> flags = new ArrayList<>();
        for (Order.PricedLine line : order.lines()) {
            if (line.hasAgreedPrice()) {
                flags.add(new Flag(
                        FlagType.AGREED_PRICE,
                        Phrase.of(
                                "flag.agreedPrice",
                                line.productCode(),
                                line.unitPrice().toPlainString(),
                                line.listPrice().toPlainString(),
                                line.priceReason())));
            }
        }
        if (!history.isEmpty()) {
            for (Order.PricedLine line : order.lines()) {
                double usual = history.usualQuantity(line.productCode());
                if (usual > 0 && line.quantity() > usual * unusualQuantityFactor) {
                    flags.add(new Flag(
                            FlagType.UNUSUAL_QUANTITY,
                            Phrase.of(
                                    "flag.unusualQuantity",
                                    line.productCode(),
                                    String.valueOf(line.quantity()),
                                    String.valueOf(Math.round(usual)))));
                }
                if (!history.hasOrdered(line.productCode())) {
                    flags.add(new Flag(FlagType.NEW_PRODUCT, Phrase.of("flag.newProduct", line.productCode())));
                }
            }
        }
        if (order.fulfillmentMethod() == FulfillmentMethod.DELIVERY
                && order.deliveryAddress() != null
                && !history.knowsAddress(order.deliveryAddress())) {
            flags.add(new Flag(FlagType.NEW_DELIVERY_ADDRESS, Phrase.of("flag.newDeliveryAddress")));
        }
        likelyDuplicate(order, history, now).ifPresent(flags::add);
        if (approvalValue != null && order.total().compareTo(approvalValue) > 0) {
            flags.add(new Flag(
                    FlagType.HIGH_VALUE,
                    Phrase.of("flag.highValue", order.total().toPlainString(), approvalValue.toPlainString())));
        }
        return flags;
    }

    private Optional<Flag> likelyDuplicate(Candidate order, CustomerHistory history, Instant now) {
        String reference = order.purchaseOrderReference();
        if (reference != null && !reference.isBlank()) {
            for (PastOrder past : history.orders()) {
                if (reference.trim().equalsIgnoreCase(past.purchaseOrderReference())
                        && !past.orderNumber().equals(order.orderNumber())) {
                    return Optional.of(new Flag(
                            FlagType.LIKELY_DUPLICATE,
                            Phrase.of("flag.samePurchaseOrder", reference.trim(), past.orderNumber())));
                }
            }
        }
        if (duplicateWindowDays <= 0) {
            // the same products check is off: an order recorded at this instant on another thread, or another
            // server, is not "within the last 0 days"
            return Optional.empty();
        }
        Set<String> products =
                order.lines().stream().map(Order.PricedLine::productCode).collect(Collectors.toSet());
        Instant since = now.minus(Duration.ofDays(duplicateWindowDays));
        return history.orders().stream()
                .filter(past -> !past.orderNumber().equals(order.orderNumber()))
                .filter(past ->
                        past.recordedAt().isAfter(since) && past.productCodes().equals(products))
                .findFirst()
                .map(past -> new Flag(
                        FlagType.LIKELY_DUPLICATE,
                        Phrase.of("flag.sameProducts", past.orderNumber(), duplicateWindowDays)));
    }

    /**
     * The parts of an order being verified that the cross-check looks at. An amended order names itself, so that
     * its earlier versions are not taken for a duplicate of it.
     */
    public record Candidate(
            String orderNumber,
            List<Order.PricedLine> lines,
            FulfillmentMethod fulfillmentMethod,
            String deliveryAddress,
            String purchaseOrderReference) {

        public Candidate(
                List<Order.PricedLine> lines,
                FulfillmentMethod fulfillmentMethod,
                String deliveryAddress,
                String purchaseOrderReference) {
            this("", lines, fulfillmentMethod, deliveryAddress, purchaseOrderReference);
        }

        public BigDecimal total() {
            return lines.stream().map(Order.PricedLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
