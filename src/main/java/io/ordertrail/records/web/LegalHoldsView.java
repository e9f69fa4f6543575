package io.ordertrail.records.web;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.records.application.LegalHolds;
import io.ordertrail.records.domain.LegalHold;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Legal holds: the list, placing one on an order or a customer, lifting one with a reason. */
@Named
@ViewScoped
public class LegalHoldsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "placeForm";

    @Inject
    LegalHolds holds;

    private LegalHold.On on = LegalHold.On.ORDER;
    private String subjectId;
    private String reason;
    private transient List<LegalHold> list;

    public List<LegalHold> getHolds() {
        if (list == null) {
            list = holds.all(500);
        }
        return list;
    }

    public void place() {
        try {
            LegalHold hold = holds.place(on, subjectId, reason);
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            on == LegalHold.On.ORDER ? "holds.placed.order" : "holds.placed.customer",
                            hold.getSubjectId()));
            subjectId = null;
            reason = null;
            list = null;
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    void holdWasLifted(@Observes(notifyObserver = Reception.IF_EXISTS) HoldLifting.Lifted lifted) {
        list = null;
    }

    public LegalHold.On[] getKinds() {
        return LegalHold.On.values();
    }

    public LegalHold.On getOn() {
        return on;
    }

    public void setOn(LegalHold.On on) {
        this.on = on;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
