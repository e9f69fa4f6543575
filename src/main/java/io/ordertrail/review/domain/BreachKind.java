package io.ordertrail.review.domain;

/** The breaches of the SOP the daily compliance check looks for, each with the step it breaks. */
public enum BreachKind {
    UNCONFIRMED("Recorded but not confirmed in time", "step 4"),
    NOT_RECONFIRMED("Amended but not re-confirmed in time", "step 6"),
    HANDOVER_NOT_ACKNOWLEDGED("Handover not acknowledged in time", "step 7"),
    REQUEST_NOT_REVIEWED("Special request past its time to review", "step 5");

    private final String label;
    private final String sopStep;

    BreachKind(String label, String sopStep) {
        this.label = label;
        this.sopStep = sopStep;
    }

    public String getLabel() {
        return label;
    }

    public String getSopStep() {
        return sopStep;
    }
}
