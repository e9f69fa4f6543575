package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpPartner;
import java.util.Set;

/**
 * The partner whose broker user sent a document (the broker's validated user, JMSXUserID), the buyers it may act
 * for, the queue its answer goes to, and whether it speaks PEPPOL BIS.
 */
public record SendingPartner(String name, Set<String> buyers, String answerTo, boolean speaksPeppol) {

    public SendingPartner {
        buyers = Set.copyOf(buyers);
    }

    static SendingPartner of(ErpPartner partner, String replyTo) {
        return new SendingPartner(
                partner.getName(),
                Set.copyOf(partner.getBuyers()),
                partner.answerQueueFor(replyTo),
                partner.speaksPeppol());
    }

    public boolean mayActFor(String customerNumber) {
        return buyers.contains(customerNumber);
    }
}
