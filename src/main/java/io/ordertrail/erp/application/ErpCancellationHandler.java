package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpOrderCancellation;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.orders.application.OrderAmendmentsCore;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.OrderRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A buyer's UBL OrderCancellation cancels the order (SOP step 6); the answer says so. */
@ApplicationScoped
// a refusal leaves the listener's transaction to the listener, which answers it with a rejection
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RefusedDocument.class)
public class ErpCancellationHandler {

    @Inject
    OrderAmendmentsCore amending;

    @Inject
    ErpAnswers answers;

    /** @throws RefusedDocument when the order cannot be cancelled; nothing is changed then */
    public void take(ErpOrderCancellation cancellation, ErpAnswers.Referred referred, SendingPartner from) {
        try {
            amending.cancel(
                    referred.order().getOrderNumber(),
                    referred.order().getOrderVersion(),
                    ErpDraftMapping.requestOf(
                            cancellation,
                            "OrderCancellation " + cancellation.documentId(),
                            AmendmentReason.CUSTOMER_CANCELLED,
                            cancellation.note()),
                    "erp:" + cancellation.sender());
        } catch (OrderRejected rejected) {
            throw ErpDraftMapping.refusal(rejected, cancellation);
        }
        answers.answerAmendment(
                cancellation, referred, from, referred.original().getAnswer());
    }
}
