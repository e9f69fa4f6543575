package io.ordertrail.records.web;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.records.application.LegalHolds;
import io.ordertrail.records.application.OrderRecords;
import io.ordertrail.records.domain.LegalHold;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** An order's full record: its legal holds, its originals, its audit entries, and the download. */
@Named
@ViewScoped
public class OrderRecordView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "holdForm";

    @Inject
    OrderRecords records;

    @Inject
    LegalHolds holds;

    private String number;
    private transient OrderRecords.Overview overview;
    private String reason;

    public void load() {
        try {
            overview = records.overview(number);
        } catch (InputRejected unknown) {
            overview = null;
        }
    }

    public void placeHold() {
        try {
            holds.place(LegalHold.On.ORDER, number, reason);
            reason = null;
            Messages.infoOnThisPage(PageLanguage.texts().get("holds.placed.order", number));
            load();
        } catch (InputRejected rejected) {
            Messages.errors(
                    FORM,
                    rejected.getProblems().stream()
                            .map(p -> new InputRejected.Problem(
                                    p.field().equals("subjectId") ? "reason" : p.field(), p.in(PageLanguage.texts())))
                            .toList());
        }
    }

    void holdWasLifted(@Observes(notifyObserver = Reception.IF_EXISTS) HoldLifting.Lifted lifted) {
        load();
    }

    public OrderRecords.Overview getOverview() {
        if (overview == null && number != null) {
            load();
        }
        return overview;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
