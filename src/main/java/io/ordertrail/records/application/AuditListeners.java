package io.ordertrail.records.application;

import io.ordertrail.catalog.domain.ProductWasAdded;
import io.ordertrail.catalog.domain.ProductWasChanged;
import io.ordertrail.catalog.domain.TaxCategoryWasChanged;
import io.ordertrail.customers.domain.CustomerWasChanged;
import io.ordertrail.erp.domain.ErpPartnerWasChanged;
import io.ordertrail.fulfillment.domain.FulfillmentStepWasTaken;
import io.ordertrail.handover.domain.DeadLetterAction;
import io.ordertrail.handover.domain.DeadLetterWasActedOn;
import io.ordertrail.handover.domain.HandoverWasReceived;
import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.inventory.domain.ReplenishmentWasChanged;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockWasMoved;
import io.ordertrail.orders.domain.AmendmentAwaitsApproval;
import io.ordertrail.orders.domain.NoteWasAdded;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.orders.domain.OrderPromiseWasRevised;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.orders.domain.OrderWasReceived;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.SpecialRequestWasDecided;
import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.csv.ImportWasMade;
import io.ordertrail.platform.originals.OriginalKind;
import io.ordertrail.platform.originals.OriginalLink;
import io.ordertrail.platform.originals.OriginalWasKept;
import io.ordertrail.security.AccountChange;
import io.ordertrail.security.AccountWasChanged;
import io.ordertrail.security.SignInEvent;
import io.ordertrail.security.SignInWasRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * The audit trail hears the capabilities' events, in the transaction that fires them, and writes one entry for
 * each: the services do not call it. Each entry's content is the event's content as JSON.
 */
@ApplicationScoped
public class AuditListeners {

    @Inject
    AuditTrail trail;

    @Inject
    io.ordertrail.platform.originals.Originals originals;

    /** An order waiting for a second person's approval is on the trail from the moment it was received. */
    void orderWasReceived(@Observes OrderWasReceived event) {
        if (event.order().isAwaitingApproval()) {
            order("ORDER_RECEIVED", event.order());
        }
    }

    void orderWasRecorded(@Observes OrderWasRecorded event) {
        order("ORDER_RECORDED", event.order());
    }

    void orderWasAmended(@Observes OrderWasAmended event) {
        order("ORDER_AMENDED", event.order());
    }

    /** An amended version waiting for a second person is on the trail now; its approval follows as ORDER_RECORDED. */
    void amendmentAwaitsApproval(@Observes AmendmentAwaitsApproval event) {
        order("ORDER_AMENDED", event.order());
    }

    void orderWasCancelled(@Observes OrderWasCancelled event) {
        order("ORDER_CANCELLED", event.order());
    }

    void orderWasConfirmed(@Observes OrderWasConfirmed event) {
        Order o = event.order();
        trail.record(
                "ORDER_CONFIRMED",
                "ORDER",
                o.getOrderNumber().value(),
                Jsons.object()
                        .add("confirmedVersion", o.getConfirmedVersion())
                        .add("status", o.getStatus().name())
                        .build()
                        .toString());
    }

    void promiseWasRevised(@Observes OrderPromiseWasRevised event) {
        Order o = event.order();
        JsonObjectBuilder json = Jsons.object();
        addNullable(json, "before", event.previousDate());
        addNullable(json, "after", o.getEstimatedDate());
        addNullable(json, "explanation", o.getEstimateExplanation());
        trail.record(
                "ORDER_PROMISE_REVISED",
                "ORDER",
                o.getOrderNumber().value(),
                json.build().toString());
    }

    void specialRequestWasDecided(@Observes SpecialRequestWasDecided event) {
        SpecialRequest r = event.request();
        JsonObjectBuilder json = Jsons.object()
                .add("request", r.getId())
                .add("type", r.getType().name())
                .add("decision", r.getStatus().name());
        addNullable(json, "reason", r.getDecisionReason());
        addNullable(json, "customerText", r.getCustomerText());
        addNullable(json, "decidedBy", r.getDecidedBy());
        trail.record(
                "SPECIAL_REQUEST_DECIDED",
                "ORDER",
                event.order().getOrderNumber().value(),
                json.build().toString());
    }

    void noteWasAdded(@Observes NoteWasAdded event) {
        trail.record(
                "NOTE_ADDED",
                "ORDER",
                event.orderNumber().value(),
                Jsons.object()
                        .add("addressedTo", event.addressedTo().name())
                        .build()
                        .toString());
    }

    void availabilityWasChecked(@Observes OrderAvailabilityWasChecked event) {
        JsonArrayBuilder lines = Jsons.array();
        event.lineOutcomes().forEach(outcome -> lines.add(outcome.inEnglish()));
        JsonObjectBuilder json = Jsons.object()
                .add("version", event.orderVersion())
                .add("allReserved", event.allReserved())
                .add("lines", lines);
        addNullable(json, "stockReadyOn", event.stockReadyOn());
        addNullable(json, "reevaluation", event.reevaluation());
        trail.record(
                "ORDER_AVAILABILITY_CHECKED",
                "ORDER",
                event.orderNumber(),
                json.build().toString());
    }

    void handoverWasReceived(@Observes HandoverWasReceived event) {
        trail.record(
                "HANDOVER_RECEIVED",
                "ORDER",
                event.orderNumber(),
                Jsons.object().add("team", event.team().name()).build().toString());
    }

    void fulfillmentStepWasTaken(@Observes FulfillmentStepWasTaken event) {
        JsonObjectBuilder json = Jsons.object().add("step", event.step().name()).add("by", event.by());
        addNullable(json, "note", event.note());
        trail.record(
                "FULFILLMENT_STEP", "ORDER", event.orderNumber(), json.build().toString());
    }

    void customerWasChanged(@Observes CustomerWasChanged event) {
        JsonArrayBuilder changes = Jsons.array();
        event.changes().forEach(changes::add);
        trail.record(
                "CUSTOMER_CHANGED",
                "CUSTOMER",
                event.customerNumber(),
                Jsons.object()
                        .add("version", event.version())
                        .add("reason", event.reason())
                        .add("changes", changes)
                        .build()
                        .toString());
    }

    void productWasAdded(@Observes ProductWasAdded event) {
        JsonArrayBuilder prices = Jsons.array();
        event.product()
                .getPrices()
                .forEach(p -> prices.add(Jsons.object()
                        .add("from", p.getEffectiveFrom().toString())
                        .add("unitPrice", p.getUnitPrice())));
        trail.record(
                "PRODUCT_ADDED",
                "PRODUCT",
                event.product().getCode(),
                Jsons.object()
                        .add("name", event.product().getName())
                        .add("unitCode", event.product().getUnitCode())
                        .add("prices", prices)
                        .build()
                        .toString());
    }

    void stockWasMoved(@Observes StockWasMoved event) {
        StockMovement m = event.movement();
        trail.record(
                "STOCK_MOVED",
                "STOCK",
                m.getProduct().getCode() + "@" + m.getLocation(),
                Jsons.object()
                        .add("kind", m.getKind().name())
                        .add("reason", m.getReason().name())
                        .add("note", m.getNote())
                        .add("change", m.getQuantityChange())
                        .add("onHandAfter", m.getOnHandAfter())
                        .build()
                        .toString());
    }

    void replenishmentWasChanged(@Observes ReplenishmentWasChanged event) {
        trail.record(
                "REPLENISHMENT_CHANGED",
                "STOCK",
                event.replenishment().getProduct().getCode() + "@"
                        + event.replenishment().getLocation(),
                Jsons.object()
                        .add("replenishment", event.replenishment().getId())
                        .add("what", event.what())
                        .build()
                        .toString());
    }

    void accountWasChanged(@Observes AccountWasChanged event) {
        AccountChange c = event.change();
        JsonObjectBuilder json = Jsons.object().add("what", c.getWhat());
        addNullable(json, "before", c.getBefore());
        addNullable(json, "after", c.getAfter());
        trail.record("ACCOUNT_CHANGED", "USER", c.getUsername(), json.build().toString());
    }

    void signInWasRecorded(@Observes SignInWasRecorded event) {
        SignInEvent e = event.event();
        JsonObjectBuilder json = Jsons.object().add("outcome", e.getOutcome().name());
        addNullable(json, "detail", e.getDetail());
        trail.record(
                e.getUsername(),
                e.getClientAddress(),
                "SIGN_IN",
                "USER",
                e.getUsername(),
                json.build().toString());
    }

    void erpPartnerWasChanged(@Observes ErpPartnerWasChanged event) {
        trail.record(
                "ERP_PARTNER_CHANGED",
                "ERP_PARTNER",
                event.change().getPartner(),
                Jsons.object().add("change", event.change().getChange()).build().toString());
    }

    void productWasChanged(@Observes ProductWasChanged event) {
        trail.record(
                "PRODUCT_CHANGED",
                "PRODUCT",
                event.code(),
                beforeAndAfter(Jsons.object().add("what", event.what()), event.before(), event.after()));
    }

    void taxCategoryWasChanged(@Observes TaxCategoryWasChanged event) {
        trail.record(
                "TAX_CATEGORY_CHANGED",
                "TAX_CATEGORY",
                event.code(),
                beforeAndAfter(Jsons.object(), event.before(), event.after()));
    }

    /** A change's entry: what it was (left out when new) and what it is (left out when gone). */
    private static String beforeAndAfter(JsonObjectBuilder json, String before, String after) {
        addNullable(json, "before", before);
        addNullable(json, "after", after);
        return json.build().toString();
    }

    /** An import is one entry, and the file itself is kept as it was uploaded (its own entry follows). */
    void importWasMade(@Observes ImportWasMade event) {
        byte[] file = event.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String id = event.what() + " " + io.ordertrail.platform.Sha256.hex(file).substring(0, 12);
        trail.record(
                "IMPORT",
                "IMPORT",
                id,
                Jsons.object()
                        .add("what", event.what())
                        .add("rows", event.rows())
                        .add("sha256", io.ordertrail.platform.Sha256.hex(file))
                        .build()
                        .toString());
        originals.keep(
                OriginalKind.IMPORT_FILE, "IMPORT", id, "text/csv", event.what().replace(' ', '-') + ".csv", file);
    }

    void deadLetterWasActedOn(@Observes DeadLetterWasActedOn event) {
        DeadLetterAction a = event.action();
        trail.record(
                "DEAD_LETTER_" + a.getAction().name(),
                "DEAD_LETTER",
                a.getJmsMessageId(),
                Jsons.object()
                        .add("queue", a.getOriginalQueue())
                        .add("body", a.getBodyPreview())
                        .build()
                        .toString());
    }

    /** The exact bytes that arrived or left, linked by their SHA-256 to what they are about. */
    void originalWasKept(@Observes OriginalWasKept event) {
        OriginalLink l = event.link();
        trail.record(
                "ORIGINAL_" + l.getKind().direction().toUpperCase(Locale.ROOT),
                l.getSubjectType(),
                l.getSubjectId(),
                Jsons.object()
                        .add("original", l.getKind().name())
                        .add("sha256", l.getContentHash())
                        .add("mediaType", l.getMediaType())
                        .add("bytes", l.getSizeBytes())
                        .add("fileName", l.getFileName())
                        .build()
                        .toString());
    }

    private void order(String kind, Order o) {
        JsonArrayBuilder lines = Jsons.array();
        for (OrderLine line : o.getLines()) {
            lines.add(Jsons.object()
                    .add("line", line.getLineNumber())
                    .add("product", line.getProductCode())
                    .add("quantity", line.getQuantity())
                    .add("unitPrice", line.getUnitPrice()));
        }
        JsonObjectBuilder json = Jsons.object()
                .add("version", o.getOrderVersion())
                .add("status", o.getStatus().name())
                .add("channel", o.getChannel().name())
                .add("customer", o.getCustomer().getCustomerNumber())
                .add("lines", lines);
        addNullable(json, "deliveryAddress", o.getDeliveryAddress());
        addNullable(json, "estimatedDate", o.getEstimatedDate());
        trail.record(kind, "ORDER", o.getOrderNumber().value(), json.build().toString());
    }

    private static void addNullable(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
