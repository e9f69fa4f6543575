package io.ordertrail.handover.domain;

import io.ordertrail.platform.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The handover message: a small, versioned JSON document naming the order by number and version, with what the
 * teams need to act on it. Never a serialized Java object, so any consumer can read it.
 *
 * <pre>{"schema":"ordertrail.handover/1","messageId":"…","messageType":"OrderRecorded",
 *  "orderNumber":"ORD-2026-000001","orderVersion":1, "customer":{…}, "fulfilment":{…}, "lines":[…]}</pre>
 */
public final class HandoverDocument {

    public static final String SCHEMA = "ordertrail.handover/1";

    private final String messageId;
    private final HandoverMessageType messageType;
    private final String orderNumber;
    private final int orderVersion;
    private final JsonObject body;

    private HandoverDocument(
            String messageId, HandoverMessageType messageType, String orderNumber, int orderVersion, JsonObject body) {
        this.messageId = messageId;
        this.messageType = messageType;
        this.orderNumber = orderNumber;
        this.orderVersion = orderVersion;
        this.body = body;
    }

    /** Builds the document for an order event. */
    public static HandoverDocument of(
            String messageId,
            HandoverMessageType messageType,
            String orderNumber,
            int orderVersion,
            Customer customer,
            Fulfillment fulfillment,
            List<Line> lines) {
        return of(messageId, messageType, orderNumber, orderVersion, customer, fulfillment, lines, List.of());
    }

    /** Builds the document for an order event, with the order's special requests and how each was addressed. */
    public static HandoverDocument of(
            String messageId,
            HandoverMessageType messageType,
            String orderNumber,
            int orderVersion,
            Customer customer,
            Fulfillment fulfillment,
            List<Line> lines,
            List<String> specialRequests) {
        JsonArrayBuilder requestArray = Jsons.array();
        specialRequests.forEach(requestArray::add);
        JsonArrayBuilder lineArray = Jsons.array();
        for (Line line : lines) {
            lineArray.add(Jsons.object()
                    .add("line", line.lineNumber())
                    .add("productCode", line.productCode())
                    .add("productName", line.productName())
                    .add("quantity", line.quantity()));
        }
        JsonObjectBuilder fulfillmentJson = Jsons.object().add("method", fulfillment.method());
        addIfPresent(fulfillmentJson, "deliveryAddress", fulfillment.deliveryAddress());
        addIfPresent(fulfillmentJson, "pickupLocation", fulfillment.pickupLocation());
        addIfPresent(fulfillmentJson, "instructions", fulfillment.instructions());
        JsonObject body = Jsons.object()
                .add("schema", SCHEMA)
                .add("messageId", Objects.requireNonNull(messageId))
                .add("messageType", messageType.wireName())
                .add("orderNumber", Objects.requireNonNull(orderNumber))
                .add("orderVersion", orderVersion)
                .add("customer", Jsons.object().add("number", customer.number()).add("name", customer.name()))
                .add("fulfilment", fulfillmentJson) // the wire name of schema ordertrail.handover/1
                .add("lines", lineArray)
                .add("specialRequests", requestArray)
                .build();
        return new HandoverDocument(messageId, messageType, orderNumber, orderVersion, body);
    }

    /**
     * Reads a document received from the broker.
     *
     * @throws MalformedHandover when it is not a handover document of a schema this version understands
     */
    public static HandoverDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedHandover("Empty handover message");
        }
        JsonObject json;
        try {
            json = Jsons.parse(text);
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedHandover("Handover message is not a JSON object: " + e.getMessage());
        }
        String schema = string(json, "schema");
        if (!SCHEMA.equals(schema)) {
            throw new MalformedHandover("Unknown handover schema '" + schema + "', expected " + SCHEMA);
        }
        JsonValue version = json.get("orderVersion");
        if (!(version instanceof jakarta.json.JsonNumber number) || number.intValue() < 1) {
            throw new MalformedHandover("Handover message has no valid orderVersion");
        }
        return new HandoverDocument(
                string(json, "messageId"),
                HandoverMessageType.ofWireName(string(json, "messageType")),
                string(json, "orderNumber"),
                number.intValue(),
                json);
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof jakarta.json.JsonString s) || s.getString().isBlank()) {
            throw new MalformedHandover("Handover message has no " + name);
        }
        return s.getString();
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }

    /**
     * The order lines the document carries.
     *
     * @throws MalformedHandover when a line lacks its number, product code or a positive quantity
     */
    public List<Line> lines() {
        JsonValue lines = body.get("lines");
        if (!(lines instanceof jakarta.json.JsonArray array)) {
            throw new MalformedHandover("Handover message of " + orderNumber + " has no lines");
        }
        return array.stream()
                .map(value -> {
                    if (!(value instanceof JsonObject line)) {
                        throw new MalformedHandover(
                                "Handover message of " + orderNumber + " has a line that is not an object");
                    }
                    int quantity = number(line, "quantity");
                    if (quantity < 1) {
                        throw new MalformedHandover("Handover message of " + orderNumber + " has a quantity below 1");
                    }
                    return new Line(
                            number(line, "line"),
                            string(line, "productCode"),
                            line.containsKey("productName") ? string(line, "productName") : "",
                            quantity);
                })
                .toList();
    }

    /**
     * The goods in a line a person reads, "2 × RLR-230, 1 × PNT-WHT-10", cut at {@code max} characters with "…"; null
     * when the document carries no lines it can read (what a team shows, not what it acts on).
     */
    public String lineSummary(int max) {
        List<Line> read;
        try {
            read = lines();
        } catch (MalformedHandover unreadable) {
            return null; // the listeners refuse such a document when they act on its lines; a list only leaves it out
        }
        String summary = String.join(
                ", ",
                read.stream().map(l -> l.quantity() + " × " + l.productCode()).toList());
        return summary.length() <= max ? summary : summary.substring(0, max - 1) + "…";
    }

    /** The customer's name, or null when the document names none. */
    public String customerName() {
        return body.get("customer") instanceof JsonObject customer ? customer.getString("name", null) : null;
    }

    /**
     * The customer the document names.
     *
     * @throws MalformedHandover when it has no customer with number and name
     */
    public Customer customer() {
        JsonValue value = body.get("customer");
        if (!(value instanceof JsonObject customer)) {
            throw new MalformedHandover("Handover message of " + orderNumber + " has no customer");
        }
        return new Customer(string(customer, "number"), string(customer, "name"));
    }

    /**
     * How the order reaches the customer: method, and the address or pickup location, with the instructions.
     *
     * @throws MalformedHandover when it has no fulfillment method
     */
    public Fulfillment fulfillment() {
        JsonValue value = body.get("fulfilment"); // the wire name of schema ordertrail.handover/1
        if (!(value instanceof JsonObject how)) {
            throw new MalformedHandover("Handover message of " + orderNumber + " has no fulfillment");
        }
        return new Fulfillment(
                string(how, "method"),
                how.getString("deliveryAddress", null),
                how.getString("pickupLocation", null),
                how.getString("instructions", null));
    }

    /** The order's special requests with how each was addressed; none in documents of older versions. */
    public List<String> specialRequests() {
        JsonValue value = body.get("specialRequests");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof jakarta.json.JsonArray array)) {
            throw new MalformedHandover(
                    "Handover message of " + orderNumber + " has special requests that are not a list");
        }
        return array.stream()
                .map(v -> {
                    if (!(v instanceof jakarta.json.JsonString s)) {
                        throw new MalformedHandover(
                                "Handover message of " + orderNumber + " has a special request that is not text");
                    }
                    return s.getString();
                })
                .toList();
    }

    private static int number(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof jakarta.json.JsonNumber n) || !n.isIntegral()) {
            throw new MalformedHandover("Handover message has no whole number " + name);
        }
        return n.intValue();
    }

    public String toJson() {
        return body.toString();
    }

    public String messageId() {
        return messageId;
    }

    public HandoverMessageType messageType() {
        return messageType;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public int orderVersion() {
        return orderVersion;
    }

    public record Customer(String number, String name) {}

    public record Fulfillment(String method, String deliveryAddress, String pickupLocation, String instructions) {}

    public record Line(int lineNumber, String productCode, String productName, int quantity) {}

    /** A message on a handover queue that is not a handover document this version can read. */
    public static class MalformedHandover extends RuntimeException {
        public MalformedHandover(String message) {
            super(message);
        }
    }
}
