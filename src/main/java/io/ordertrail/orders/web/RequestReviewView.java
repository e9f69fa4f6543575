package io.ordertrail.orders.web;

import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The feasibility review on screen (SOP step 5): a team's requests waiting for review, or the manager's escalation
 * list, with the decision dialog.
 */
@Named
@ViewScoped
public class RequestReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "decisionForm";

    @Inject
    SpecialRequests specialRequests;

    private Long requestId;
    private String requestSummary;
    private RequestDecision decision;
    private String reason;
    private String customerText;

    public List<SpecialRequest> waitingFor(Team team) {
        return specialRequests.waitingFor(team);
    }

    public List<SpecialRequest> getEscalated() {
        return specialRequests.escalated();
    }

    /** Opens the decision dialog for one request. */
    public void open(SpecialRequest request) {
        requestId = request.getId();
        requestSummary = request.getOrderNumber() + " · " + request.describe(PageLanguage.texts());
        decision = RequestDecision.ACCEPTED;
        reason = null;
        customerText = null;
        PrimeFaces.current().executeScript("PF('decisionDialog').show()");
    }

    public void decide() {
        try {
            specialRequests.decide(requestId, decision, reason, customerText);
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get("requests.decided", requestSummary.substring(0, requestSummary.indexOf(' '))));
            PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    public RequestDecision[] getDecisions() {
        return new RequestDecision[] {
            RequestDecision.ACCEPTED, RequestDecision.ACCEPTED_WITH_CHANGE, RequestDecision.REJECTED
        };
    }

    public String getRequestSummary() {
        return requestSummary;
    }

    /** What the customer's confirmation says of the decision; blank for the standard text. */
    public String getCustomerText() {
        return customerText;
    }

    public void setCustomerText(String customerText) {
        this.customerText = customerText;
    }

    public RequestDecision getDecision() {
        return decision;
    }

    public void setDecision(RequestDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
