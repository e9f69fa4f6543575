package io.ordertrail.orders.domain;

import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.Money;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one version of an order said: the part of the order an amendment can change. Kept with each version as it
 * was (a small JSON document), and compared version by version to show what changed.
 */
public record OrderContent(
        FulfillmentMethod fulfillmentMethod,
        String deliveryAddress,
        String pickupLocation,
        String instructions,
        LocalDate requestedDate,
        LocalDate estimatedDate,
        String purchaseOrderReference,
        BigDecimal total,
        List<Line> lines,
        boolean cancelled) {

    public OrderContent {
        lines = List.copyOf(lines);
    }

    /** One product line as the version had it. */
    public record Line(int lineNumber, String productCode, String productName, int quantity, BigDecimal unitPrice) {
        String describe() {
            return quantity + " x " + productCode + " " + productName + " at " + Money.format(unitPrice);
        }
    }

    static OrderContent of(Order order) {
        return new OrderContent(
                order.getFulfillmentMethod(),
                order.getDeliveryAddress(),
                order.getPickupLocation(),
                order.getInstructions(),
                order.getRequestedDate(),
                order.getEstimatedDate(),
                order.getPurchaseOrderReference(),
                order.getTotal(),
                order.getLines().stream()
                        .map(l -> new Line(
                                l.getLineNumber(),
                                l.getProductCode(),
                                l.getProductName(),
                                l.getQuantity(),
                                l.getUnitPrice()))
                        .toList(),
                order.getStatus() == OrderStatus.CANCELLED);
    }

    /** Where the order goes: the delivery address, or the pickup location. */
    public String where() {
        return fulfillmentMethod == FulfillmentMethod.DELIVERY ? deliveryAddress : pickupLocation;
    }

    /**
     * What changed from the earlier version to this one, one readable line per change: lines added, removed or
     * changed (quantity, price), the method, address, dates, instructions and reference, and the total.
     */
    public List<String> changesFrom(OrderContent before) {
        List<String> changes = new ArrayList<>();
        if (cancelled && !before.cancelled) {
            changes.add("Order cancelled");
            return changes;
        }
        Map<String, Line> old = byProduct(before.lines);
        Map<String, Line> now = byProduct(lines);
        for (Line line : now.values()) {
            Line was = old.get(line.productCode());
            if (was == null) {
                changes.add("Added: " + line.describe());
            } else {
                if (was.quantity() != line.quantity()) {
                    changes.add(line.productCode() + " " + line.productName() + ": quantity " + was.quantity() + " → "
                            + line.quantity());
                }
                if (was.unitPrice().compareTo(line.unitPrice()) != 0) {
                    changes.add(line.productCode() + " " + line.productName() + ": unit price "
                            + Money.format(was.unitPrice()) + " → " + Money.format(line.unitPrice()));
                }
            }
        }
        for (Line line : old.values()) {
            if (!now.containsKey(line.productCode())) {
                changes.add("Removed: " + line.describe());
            }
        }
        if (before.fulfillmentMethod != fulfillmentMethod) {
            changes.add("Method: " + before.fulfillmentMethod.getLabel() + " → " + fulfillmentMethod.getLabel());
        }
        compare(
                changes,
                fulfillmentMethod == FulfillmentMethod.DELIVERY ? "Delivery address" : "Pickup location",
                before.where(),
                where());
        compare(changes, "Requested date", text(before.requestedDate), text(requestedDate));
        compare(changes, "Estimated date", text(before.estimatedDate), text(estimatedDate));
        compare(changes, "Instructions", before.instructions, instructions);
        compare(changes, "Customer's reference", before.purchaseOrderReference, purchaseOrderReference);
        if (before.total.compareTo(total) != 0) {
            changes.add("Total: " + Money.format(before.total) + " → " + Money.format(total));
        }
        return changes;
    }

    /** Whether the customer-facing order differs; the estimate follows from the rest and alone is no change. */
    public boolean sameOrderAs(OrderContent other) {
        return fulfillmentMethod == other.fulfillmentMethod
                && Objects.equals(where(), other.where())
                && Objects.equals(instructions, other.instructions)
                && Objects.equals(requestedDate, other.requestedDate)
                && Objects.equals(purchaseOrderReference, other.purchaseOrderReference)
                && cancelled == other.cancelled
                && byProduct(lines).equals(byProduct(other.lines))
                && lines.size() == other.lines.size();
    }

    private static void compare(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": " + (before == null ? "none" : before) + " → " + (after == null ? "none" : after));
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Lines keyed by product, compared without their line numbers (a product appears once per order version). */
    private static Map<String, Line> byProduct(List<Line> lines) {
        Map<String, Line> map = new LinkedHashMap<>();
        for (Line line : lines) {
            map.merge(
                    line.productCode(),
                    new Line(0, line.productCode(), line.productName(), line.quantity(), line.unitPrice()),
                    (a, b) ->
                            new Line(0, a.productCode(), a.productName(), a.quantity() + b.quantity(), a.unitPrice()));
        }
        return map;
    }

    public String toJson() {
        JsonArrayBuilder lineArray = Jsons.array();
        for (Line line : lines) {
            lineArray.add(Jsons.object()
                    .add("line", line.lineNumber())
                    .add("productCode", line.productCode())
                    .add("productName", line.productName())
                    .add("quantity", line.quantity())
                    .add("unitPrice", line.unitPrice()));
        }
        JsonObjectBuilder json =
                Jsons.object().add("fulfilmentMethod", fulfillmentMethod.name()); // the stored snapshots' key
        put(json, "deliveryAddress", deliveryAddress);
        put(json, "pickupLocation", pickupLocation);
        put(json, "instructions", instructions);
        put(json, "requestedDate", text(requestedDate));
        put(json, "estimatedDate", text(estimatedDate));
        put(json, "purchaseOrderReference", purchaseOrderReference);
        return json.add("total", total)
                .add("cancelled", cancelled)
                .add("lines", lineArray)
                .build()
                .toString();
    }

    public static OrderContent parse(String text) {
        JsonObject json = Jsons.parse(text);
        List<Line> lines = json.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject)
                .map(l -> new Line(
                        l.getInt("line"),
                        l.getString("productCode"),
                        l.getString("productName"),
                        l.getInt("quantity"),
                        l.getJsonNumber("unitPrice").bigDecimalValue()))
                .toList();
        return new OrderContent(
                FulfillmentMethod.valueOf(json.getString("fulfilmentMethod")),
                json.getString("deliveryAddress", null),
                json.getString("pickupLocation", null),
                json.getString("instructions", null),
                date(json.getString("requestedDate", null)),
                date(json.getString("estimatedDate", null)),
                json.getString("purchaseOrderReference", null),
                json.getJsonNumber("total").bigDecimalValue(),
                lines,
                json.getBoolean("cancelled", false));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
