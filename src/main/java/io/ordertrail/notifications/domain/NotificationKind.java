package io.ordertrail.notifications.domain;

/** What a notification is about. */
public enum NotificationKind {
    ORDER_AWAITS_DOUBLE_CHECK("Flagged order waiting"),
    SPECIAL_REQUEST_DECIDED("Special request decided"),
    NOTE_FOR_TEAM("Note for your team"),
    CONFIRMATION_FAILED("Confirmation failed");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
