package io.ordertrail.orders.domain;

import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        String describe(Texts texts) {
            return texts.get(
                    "changes.line", String.valueOf(quantity), productCode, productName, amount(unitPrice, texts));
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
        return changesFrom(before, Texts.in(Locale.ENGLISH));
    }

    /** The same, in the reader's language. */
    public List<String> changesFrom(OrderContent before, Texts texts) {
        List<String> changes = new ArrayList<>();
        if (cancelled && !before.cancelled) {
            changes.add(texts.get("changes.cancelled"));
            return changes;
        }
        Map<String, Line> old = byProduct(before.lines);
        Map<String, Line> now = byProduct(lines);
        for (Line line : now.values()) {
            Line was = old.get(line.productCode());
            if (was == null) {
                changes.add(texts.get("changes.added", line.describe(texts)));
            } else {
                if (was.quantity() != line.quantity()) {
                    changes.add(texts.get(
                            "changes.quantity",
                            line.productCode(),
                            line.productName(),
                            String.valueOf(was.quantity()),
                            String.valueOf(line.quantity())));
                }
                if (was.unitPrice().compareTo(line.unitPrice()) != 0) {
                    changes.add(texts.get(
                            "changes.unitPrice",
                            line.productCode(),
                            line.productName(),
                            amount(was.unitPrice(), texts),
                            amount(line.unitPrice(), texts)));
                }
            }
        }
        for (Line line : old.values()) {
            if (!now.containsKey(line.productCode())) {
                changes.add(texts.get("changes.removed", line.describe(texts)));
            }
        }
        if (before.fulfillmentMethod != fulfillmentMethod) {
            changes.add(texts.get(
                    "changes.method",
                    texts.get(Phrase.labelKey(before.fulfillmentMethod)),
                    texts.get(Phrase.labelKey(fulfillmentMethod))));
        }
        compare(
                changes,
                texts.get(
                        fulfillmentMethod == FulfillmentMethod.DELIVERY ? "changes.deliveryAddress" : "changes.pickup"),
                before.where(),
                where(),
                texts);
        compare(
                changes,
                texts.get("changes.requestedDate"),
                day(before.requestedDate, texts),
                day(requestedDate, texts),
                texts);
        compare(
                changes,
                texts.get("changes.estimatedDate"),
                day(before.estimatedDate, texts),
                day(estimatedDate, texts),
                texts);
        compare(changes, texts.get("changes.instructions"), before.instructions, instructions, texts);
        compare(changes, texts.get("changes.reference"), before.purchaseOrderReference, purchaseOrderReference, texts);
        if (before.total.compareTo(total) != 0) {
            changes.add(texts.get("changes.total", amount(before.total, texts), amount(total, texts)));
        }
        return changes;
    }

    /** An amount with two decimals, as the language writes it ("1,234.50", "1.234,50"). */
    static String amount(BigDecimal amount, Texts texts) {
        return texts.amount(amount);
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

    private static void compare(List<String> changes, String what, String before, String after, Texts texts) {
        if (!Objects.equals(before, after)) {
            String none = texts.get("changes.none");
            changes.add(
                    texts.get("changes.changed", what, before == null ? none : before, after == null ? none : after));
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A date as the language writes it; null for none. */
    static String day(LocalDate date, Texts texts) {
        return date == null ? null : texts.date(date);
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
