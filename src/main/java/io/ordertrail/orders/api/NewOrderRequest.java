package io.ordertrail.orders.api;

import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.OrderDraft;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as the online platform sends it. */
@Schema(name = "NewOrder", description = "An order from the online platform")
public class NewOrderRequest {

    @Schema(description = "The customer's number in Ordertrail", example = "C-1002", required = true)
    public String customerNumber;

    @Schema(description = "At least one line", required = true)
    public List<Line> lines;

    @Schema(description = "Delivery address; give this or pickupLocation", example = "12 Mill Lane, Leeds LS1 4AB")
    public String deliveryAddress;

    @Schema(description = "Pickup location; give this or deliveryAddress", example = "Main warehouse counter")
    public String pickupLocation;

    @Schema(description = "Delivery or pickup instructions", maxLength = 1000)
    public String instructions;

    @Schema(
            description = "The customer's purchase-order reference; the same reference twice flags a likely duplicate",
            maxLength = 40,
            example = "PO-2026-0042")
    public String purchaseOrderReference;

    @Schema(description = "The delivery or pickup date the customer asks for; not in the past", example = "2026-12-14")
    public LocalDate requestedDate;

    /** One product and its quantity. */
    @Schema(name = "NewOrderLine")
    public static class Line {
        @Schema(description = "The product code from the catalog", example = "RLR-230", required = true)
        public String productCode;

        @Schema(description = "How many, at least 1", example = "2", required = true, minimum = "1")
        public Integer quantity;
    }

    /** The draft the order service checks; every problem comes back naming its field. */
    OrderDraft toDraft() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.ONLINE)
                .customer(customerNumber)
                .instructions(instructions)
                .purchaseOrderReference(purchaseOrderReference)
                .requestedDate(requestedDate);
        if (lines != null) {
            lines.forEach(
                    line -> draft.line(line == null ? null : line.productCode, line == null ? null : line.quantity));
        }
        if (pickupLocation != null && !pickupLocation.isBlank()) {
            draft.pickup(pickupLocation);
        } else if (deliveryAddress != null) {
            draft.delivery(deliveryAddress);
        }
        return draft;
    }
}
