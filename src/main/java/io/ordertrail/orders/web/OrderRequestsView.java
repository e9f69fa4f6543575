package io.ordertrail.orders.web;

import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The order page's special-request form (SOP step 5): the kind, the line or whole order, what is asked, the team. */
@Named
@ViewScoped
public class OrderRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "requestsForm";

    @Inject
    SpecialRequests specialRequests;

    @Inject
    OrderView orderView;

    private SpecialRequestType type;
    private Integer lineNumber;
    private String details;
    private Team team;

    /** The team follows the kind of request unless staff chose another. */
    public void typeChosen() {
        team = type == null ? null : type.getTeam();
    }

    public void add() {
        try {
            specialRequests.add(orderView.getOrder().getOrderNumber(), lineNumber, type, details, team);
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get("request.sent", PageLanguage.texts().labelInSentence(team == null ? type.getTeam() : team)));
            type = null;
            lineNumber = null;
            details = null;
            team = null;
            orderView.load();
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    public SpecialRequestType[] getTypes() {
        return SpecialRequestType.values();
    }

    public Team[] getTeams() {
        return Team.values();
    }

    public SpecialRequestType getType() {
        return type;
    }

    public void setType(SpecialRequestType type) {
        this.type = type;
    }

    public Integer getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }
}
