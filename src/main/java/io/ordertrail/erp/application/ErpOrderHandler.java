package io.ordertrail.erp.application;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.Peppol;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.orders.application.OrderIntakeCore;
import io.ordertrail.orders.domain.Flag;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/** A buyer's UBL Order becomes an order of ours (SOP steps 1 to 3), verified like any other, and is answered. */
@ApplicationScoped
// a refusal leaves the listener's transaction to the listener, which answers it with a rejection
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RefusedDocument.class)
public class ErpOrderHandler {

    @Inject
    OrderIntakeCore recording;

    @Inject
    CustomerDirectory customers;

    @Inject
    Catalog catalog;

    @Inject
    ErpAnswers answers;

    @Inject
    ErpSettings settings;

    @Inject
    BusinessClock clock;

    /** @throws RefusedDocument when the order cannot be taken as sent; nothing of it is stored then */
    public void take(ErpOrder document, SendingPartner from) {
        Customer buyer = customerOf(document);
        if (!from.mayActFor(buyer.getCustomerNumber())) {
            throw RefusedDocument.of(
                    document,
                    List.of("You (" + from.name() + ") may not order for the buyer "
                            + String.join(" / ", document.buyerIds())
                            + "; ask the order desk to add this buyer to your partner account."));
        }
        ErpDraftMapping.MappedOrder mapped =
                ErpDraftMapping.draftOf(document, buyer, productsOf(document.lines()), clock.today());
        Order order;
        try {
            order = recording.record(mapped.draft(), "erp:" + document.sender());
        } catch (OrderRejected rejected) {
            throw ErpDraftMapping.refusal(rejected, document);
        }
        List<String> notes = new ArrayList<>(mapped.notes());
        if (order.isAwaitingApproval()) {
            notes.add("Recorded as " + order.getOrderNumber() + "; a second person double-checks it before it is"
                    + " handed over ("
                    + String.join(
                            "; ", order.getFlags().stream().map(Flag::getReason).toList())
                    + ").");
        }
        // the taken lines are the order's lines, in the same order: each answer gets the price it was taken at
        List<ErpAnswer.LineAnswer> lines = new ArrayList<>();
        java.util.Iterator<io.ordertrail.orders.domain.OrderLine> taken =
                order.getLines().iterator();
        for (ErpAnswer.LineAnswer a : mapped.answers()) {
            lines.add(a.accepted() && taken.hasNext() ? a.priced(ErpAnswer.LinePrice.of(taken.next(), order)) : a);
        }
        lines.stream()
                .filter(a -> !a.accepted())
                .forEach(a -> notes.add("Line " + a.lineId() + " not taken: " + a.reason()));
        boolean allTaken = lines.stream().allMatch(ErpAnswer.LineAnswer::accepted);
        ErpAnswer answer = new ErpAnswer(
                document.documentId(),
                document.sender(),
                document.buyerName(),
                order.getOrderNumber().value(),
                order.getOrderVersion(),
                allTaken ? ErpAnswer.Code.AP : ErpAnswer.Code.CA,
                order.getEstimatedDate(),
                lines,
                notes,
                order.getTaxBreakdown(),
                document.peppol());
        String xml = answers.write(answer);
        answers.record(document, order.getOrderNumber().value(), from, xml);
        answers.send(
                xml, from.answerTo(), document.sender(), order.getOrderNumber().value());
    }

    /**
     * The buyer by one of its identifiers: one on record for a customer (in its scheme, for a PEPPOL document), or an
     * identifier configured for a customer.
     */
    private Customer customerOf(ErpOrder document) {
        for (String id : document.buyerIds()) {
            // a PEPPOL document names each identifier with its scheme (0088:7300070011115), plain UBL by value
            Matcher schemed = Peppol.SCHEMED_ID.matcher(id);
            Optional<Customer> customer = (document.peppol() != null && schemed.matches()
                            ? customers.byPartyIdentifier(schemed.group(1), schemed.group(2))
                            : customers.byIdentifier(id))
                    .or(() -> settings.customerNumberOf(id).flatMap(customers::byNumber));
            if (customer.isPresent()) {
                return customer.get();
            }
        }
        throw RefusedDocument.of(
                document,
                List.of("The buyer " + String.join(" / ", document.buyerIds())
                        + " is not a customer of ours: ask us to record "
                        + (document.peppol() == null ? "your GLN." : "your identifier with its scheme.")));
    }

    /** The products the lines name: by our code for all of them in one query, by GTIN one by one. */
    private ErpDraftMapping.Products productsOf(List<ErpOrder.Line> lines) {
        return ErpDraftMapping.Products.readAhead(
                catalog.activeProductsByCode(lines.stream()
                        .map(ErpOrder.Line::sellersItemId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet())),
                catalog::activeProduct);
    }
}
