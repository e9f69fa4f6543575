package io.ordertrail.erp.application;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.DeliveryAddress;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpDocument;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.ErpOrderChange;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.platform.InputRejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How a buyer's UBL document reads as an order of ours: an Order as an {@link OrderDraft} with an answer per line, an
 * OrderChange as the order as it should be, each with the customer's request for an amendment. What cannot be
 * mapped is refused with a reason the sender can act on.
 */
final class ErpDraftMapping {

    /** Finds our active product by the seller's item ID (our code) or else the GTIN. */
    interface Products extends BiFunction<String, String, Optional<Product>> {

        /**
         * Finds the products a document's lines name by our code in those read beforehand for all its lines in one
         * query, and the others (named by GTIN only, or by a code that is not ours) as {@code each} finds them.
         */
        static Products readAhead(Map<String, Product> byCode, Products each) {
            return (code, gtin) ->
                    code != null && byCode.containsKey(code) ? Optional.of(byCode.get(code)) : each.apply(code, gtin);
        }
    }

    /** A buyer's order as a draft, the answer for each of its lines, and notes for the sender. */
    record MappedOrder(OrderDraft draft, List<ErpAnswer.LineAnswer> answers, List<String> notes) {}

    /** The order as a change leaves it, and whether it changed which products are ordered. */
    record MappedChange(OrderDraft draft, boolean productsChanged) {}

    private ErpDraftMapping() {}

    /**
     * @throws RefusedDocument when a quantity is no whole number, no line names a product of ours, or the customer has
     *                         no delivery address
     */
    static MappedOrder draftOf(ErpOrder document, Customer customer, Products products, LocalDate today) {
        List<String> problems = new ArrayList<>();
        List<ErpAnswer.LineAnswer> answers = new ArrayList<>();
        OrderDraft draft = new OrderDraft().channel(Channel.ERP).customer(customer.getCustomerNumber());
        for (ErpOrder.Line line : document.lines()) {
            BigDecimal quantity = line.quantity();
            if (wholeQuantity(quantity) == null) {
                problems.add(notAWholeQuantity(line.lineId(), quantity));
                continue;
            }
            Optional<Product> product = products.apply(line.sellersItemId(), line.gtin());
            if (product.isEmpty()) {
                answers.add(new ErpAnswer.LineAnswer(
                                line.lineId(),
                                false,
                                quantity,
                                line.unitCode(),
                                null,
                                "No product of ours has "
                                        + (line.sellersItemId() == null
                                                ? ""
                                                : "the seller's item ID " + line.sellersItemId()
                                                        + (line.gtin() == null ? "" : " or "))
                                        + (line.gtin() == null ? "" : "the GTIN " + line.gtin())
                                        + (line.sellersItemId() == null && line.gtin() == null
                                                ? "no item named by the seller's item ID or a GTIN"
                                                : "")
                                        + ".")
                        .named(line.itemName()));
            } else if (line.unitCode() != null
                    && !line.unitCode().equals(product.get().getUnitCode())) {
                answers.add(new ErpAnswer.LineAnswer(
                                line.lineId(),
                                false,
                                quantity,
                                line.unitCode(),
                                product.get().getCode(),
                                "We sell " + product.get().getCode() + " by the unit "
                                        + product.get().getUnitCode() + ", not " + line.unitCode() + ".")
                        .named(product.get().getName()));
            } else {
                draft.line(product.get().getCode(), quantity.intValueExact());
                answers.add(new ErpAnswer.LineAnswer(
                                line.lineId(),
                                true,
                                quantity,
                                product.get().getUnitCode(),
                                product.get().getCode(),
                                null)
                        .named(product.get().getName()));
            }
        }
        if (!problems.isEmpty()) {
            throw RefusedDocument.of(document, problems);
        }
        if (answers.stream().noneMatch(ErpAnswer.LineAnswer::accepted)) {
            throw RefusedDocument.of(
                    document,
                    answers.stream()
                            .map(a -> "Line " + a.lineId() + ": " + a.reason())
                            .toList());
        }
        if (customer.getDefaultDeliveryAddress() == null) {
            throw RefusedDocument.of(
                    document,
                    List.of("We have no delivery address for " + customer.getName() + "; ask us to record one."));
        }
        List<String> notes = new ArrayList<>();
        Optional<DeliveryAddress> named = document.deliveryLocationIds().stream()
                .map(customer::addressAtLocation)
                .flatMap(Optional::stream)
                .findFirst();
        if (named.isEmpty() && !document.deliveryLocationIds().isEmpty()) {
            notes.add("We have no delivery location " + String.join(" / ", document.deliveryLocationIds())
                    + " on record for you, so we deliver to your default address: "
                    + customer.getDefaultDeliveryAddress() + ". Ask us to record the location if that is wrong.");
        }
        draft.delivery(named.map(DeliveryAddress::getAddress).orElse(customer.getDefaultDeliveryAddress()))
                .purchaseOrderReference(cut(document.documentId(), OrderDraft.MAX_REFERENCE))
                .instructions(document.note() == null ? null : cut(document.note(), OrderDraft.MAX_INSTRUCTIONS));
        if (document.requestedDate() != null && !document.requestedDate().isBefore(today)) {
            draft.requestedDate(document.requestedDate());
        } else if (document.requestedDate() != null) {
            notes.add("The requested delivery from " + document.requestedDate() + " has passed; see the promised"
                    + " delivery date.");
        }
        return new MappedOrder(draft, answers, notes);
    }

    /**
     * The order as it should be after the change: lines it names are revised, added or cancelled, the others stay.
     *
     * @throws RefusedDocument when a line names no product of ours or no whole quantity, or no line would be left
     */
    static MappedChange changedDraftOf(ErpOrderChange change, Order order, Products products) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        order.getLines().forEach(l -> quantities.merge(l.getProductCode(), l.getQuantity(), Integer::sum));
        List<String> problems = new ArrayList<>();
        boolean productsChanged = false;
        for (ErpOrderChange.Line line : change.lines()) {
            Optional<Product> product = products.apply(line.sellersItemId(), line.gtin());
            if (product.isEmpty()) {
                problems.add("Line " + line.lineId() + ": no product of ours has the seller's item ID "
                        + line.sellersItemId() + ".");
                continue;
            }
            String code = product.get().getCode();
            if (line.change() == ErpOrderChange.Change.CANCELLED) {
                productsChanged |= quantities.remove(code) != null;
                continue;
            }
            Integer quantity = wholeQuantity(line.quantity());
            if (quantity == null) {
                problems.add(notAWholeQuantity(line.lineId(), line.quantity()));
                continue;
            }
            productsChanged |= !quantities.containsKey(code);
            quantities.put(code, quantity);
        }
        if (quantities.isEmpty()) {
            problems.add("The change leaves the order without lines: send an OrderCancellation instead.");
        }
        if (!problems.isEmpty()) {
            throw RefusedDocument.of(change, problems);
        }
        OrderDraft changed = new OrderDraft()
                .instructions(
                        change.note() != null
                                ? cut(change.note(), OrderDraft.MAX_INSTRUCTIONS)
                                : order.getInstructions())
                .purchaseOrderReference(order.getPurchaseOrderReference())
                .requestedDate(order.getRequestedDate());
        quantities.forEach(changed::line);
        if (order.getPickupLocation() != null) {
            changed.pickup(order.getPickupLocation());
        } else {
            changed.delivery(order.getDeliveryAddress());
        }
        return new MappedChange(changed, productsChanged);
    }

    /** The buyer's request to amend or cancel, as the amendment records it (SOP step 6). */
    static AmendmentRequest requestOf(ErpDocument document, String reference, AmendmentReason reason, String note) {
        return new AmendmentRequest(
                RequestChannel.ERP,
                "the buyer's ERP system (" + document.sender() + ")",
                "a UBL document from the buyer party " + document.sender() + " on the ERP queue",
                cut(reference, AmendmentRequest.MAX_TEXT),
                reason,
                note == null ? null : cut(note, AmendmentRequest.MAX_NOTE));
    }

    /** An order our verification refused: the sender is told each reason; nothing was stored. */
    static RefusedDocument refusal(OrderRejected rejected, ErpDocument document) {
        return RefusedDocument.of(
                document,
                rejected.getProblems().stream()
                        .map(InputRejected.Problem::message)
                        .toList());
    }

    private static String notAWholeQuantity(String lineId, BigDecimal quantity) {
        return "Line " + lineId + ": the quantity " + quantity + " is not a whole number from 1 to "
                + OrderDraft.MAX_LINE_QUANTITY + ".";
    }

    private static Integer wholeQuantity(BigDecimal quantity) {
        if (quantity == null
                || quantity.signum() <= 0
                || quantity.stripTrailingZeros().scale() > 0
                || quantity.compareTo(BigDecimal.valueOf(OrderDraft.MAX_LINE_QUANTITY)) > 0) {
            return null;
        }
        return quantity.intValueExact();
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
