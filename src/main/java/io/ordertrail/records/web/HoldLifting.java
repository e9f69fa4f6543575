package io.ordertrail.records.web;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.records.application.LegalHolds;
import io.ordertrail.records.domain.LegalHold;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The dialog that lifts a legal hold, with its reason, on the holds page and on an order's record page; the page's
 * own view hears {@link Lifted} and reads its holds again.
 */
@Named
@ViewScoped
public class HoldLifting implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A hold was lifted from this view. */
    public record Lifted(LegalHold hold) {}

    @Inject
    LegalHolds holds;

    @Inject
    Event<Lifted> lifted;

    private Long holdToLift;
    private String reason;

    public void choose(long holdId) {
        holdToLift = holdId;
        reason = null;
    }

    public void lift() {
        try {
            LegalHold hold = holds.lift(holdToLift, reason);
            Messages.infoOnThisPage(PageLanguage.texts().get("holds.liftedMessage", hold.getSubjectId()));
            lifted.fire(new Lifted(hold));
            org.primefaces.PrimeFaces.current().executeScript("PF('liftDialog').hide()");
        } catch (InputRejected rejected) {
            Messages.errors("liftForm", rejected.getProblems());
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
