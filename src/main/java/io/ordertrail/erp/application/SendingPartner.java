package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpPartner;
import java.util.Set;

/**
 * The partner whose broker user sent a document (the broker's validated user, JMSXUserID), the buyers it may act
 * for, and the queue its answer goes to.
 */
public record SendingPartner(String name, Set<String> buyers, String answerTo) {

    public SendingPartner {
        buyers = Set.copyOf(buyers);
    }

    static SendingPartner of(ErpPartner partner, String replyTo) {
        return new SendingPartner(partner.getName(), Set.copyOf(partner.getBuyers()), partner.answerQueueFor(replyTo));
    }

    public boolean mayActFor(String customerNumber) {
        return buyers.contains(customerNumber);
    }
}
