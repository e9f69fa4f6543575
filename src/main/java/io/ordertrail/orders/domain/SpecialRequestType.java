package io.ordertrail.orders.domain;

import io.ordertrail.handover.domain.Team;

/** The kinds of special request an order desk takes, each with the team that reviews it unless staff choose another. */
public enum SpecialRequestType {
    PACKAGING("Packaging", Team.FULFILLMENT),
    DELIVERY_WINDOW("Delivery window", Team.FULFILLMENT),
    SUBSTITUTION("Substitution", Team.INVENTORY),
    SPLIT_DELIVERY("Split delivery", Team.INVENTORY),
    LABELLING("Labelling", Team.FULFILLMENT),
    OTHER("Other", Team.FULFILLMENT);

    private final String label;
    private final Team team;

    SpecialRequestType(String label, Team team) {
        this.label = label;
        this.team = team;
    }

    public String getLabel() {
        return label;
    }

    /** The team this kind of request concerns. */
    public Team getTeam() {
        return team;
    }
}
