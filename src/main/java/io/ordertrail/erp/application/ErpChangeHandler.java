package io.ordertrail.erp.application;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.erp.domain.ErpOrderChange;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.orders.application.OrderAmendmentsCore;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.stream.Collectors;

/** A buyer's UBL OrderChange becomes an amendment of the order (SOP step 6), answered with a new OrderResponse. */
@ApplicationScoped
// a refusal leaves the listener's transaction to the listener, which answers it with a rejection
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RefusedDocument.class)
public class ErpChangeHandler {

    @Inject
    OrderAmendmentsCore amending;

    @Inject
    Catalog catalog;

    @Inject
    ErpAnswers answers;

    /** @throws RefusedDocument when the change cannot be made as sent; nothing is changed then */
    public void take(ErpOrderChange change, ErpAnswers.Referred referred, SendingPartner from) {
        Order order = referred.order();
        ErpDraftMapping.MappedChange changed = ErpDraftMapping.changedDraftOf(
                change,
                order,
                ErpDraftMapping.Products.readAhead(
                        catalog.activeProductsByCode(change.lines().stream()
                                .map(ErpOrderChange.Line::sellersItemId)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet())),
                        catalog::activeProduct));
        AmendmentRequest request = ErpDraftMapping.requestOf(
                change,
                "OrderChange " + change.documentId()
                        + (change.sequenceNumber() == null ? "" : " (sequence " + change.sequenceNumber() + ")"),
                changed.productsChanged() ? AmendmentReason.PRODUCT_CHANGE : AmendmentReason.QUANTITY_CHANGE,
                change.note());
        try {
            amending.amend(
                    order.getOrderNumber(),
                    order.getOrderVersion(),
                    request,
                    changed.draft(),
                    "erp:" + change.sender());
        } catch (OrderRejected rejected) { // nothing was changed: the sender is told why
            throw ErpDraftMapping.refusal(rejected, change);
        }
        // an amendment that waits for its double-check is answered now; otherwise the handover's answer follows
        String xml = order.isAwaitingApproval()
                ? answers.answerAgain(order).orElseThrow()
                : referred.original().getAnswer();
        answers.answerAmendment(change, referred, from, xml);
    }
}
