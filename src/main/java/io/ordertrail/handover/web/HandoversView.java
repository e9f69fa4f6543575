package io.ordertrail.handover.web;

import io.ordertrail.handover.application.HandoverReceipts;
import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.web.LazyPage;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A team's handover list (inventory or fulfillment), newest first. */
@Named
@ViewScoped
public class HandoversView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HandoverReceipts receipts;

    private Team team;
    private LazyPage<HandoverReceipt> handovers;

    public void setTeam(Team team) {
        this.team = team;
        this.handovers = new LazyPage<>(
                "orderNumber",
                (filter, first, size) -> receipts.page(team, filter, first, size),
                filter -> receipts.count(team, filter));
    }

    public void acknowledge(HandoverReceipt receipt) {
        try {
            HandoverReceipt acknowledged = receipts.acknowledge(receipt.getId());
            Messages.info(PageLanguage.texts().get("handovers.acknowledgedMessage", acknowledged.getOrderNumber()));
        } catch (HandoverReceipts.AlreadyAcknowledged alreadyDone) {
            Messages.error(
                    null,
                    PageLanguage.texts()
                            .get("list.refreshed", alreadyDone.phrase().in(PageLanguage.texts())));
        }
    }

    public Team getTeam() {
        return team;
    }

    public LazyPage<HandoverReceipt> getHandovers() {
        return handovers;
    }
}
