package io.ordertrail.review.domain;

import io.ordertrail.platform.i18n.Phrase;
import java.io.Serializable;

/**
 * One figure of a home page: how many of something wait for the person, and the page that lists exactly those; or,
 * for a part of the system, its {@code state} ("Up", "Down") instead of a count. {@code urgent}: something is late
 * or down, so it is shown as a warning.
 */
public record WorkCount(String id, Phrase label, long count, String state, String link, boolean urgent)
        implements Serializable {

    public static WorkCount of(String id, Phrase label, long count, String link) {
        return new WorkCount(id, label, count, null, link, false);
    }

    /** A count of things that are late: any at all is urgent. */
    public static WorkCount late(String id, Phrase label, long count, String link) {
        return new WorkCount(id, label, count, null, link, count > 0);
    }

    public static WorkCount health(String id, Phrase label, boolean up, String link) {
        return new WorkCount(id, label, up ? 0 : 1, up ? "Up" : "Down", link, !up);
    }

    // getters for the pages: Expression Language 5 reads bean properties, not record components

    public String getId() {
        return id;
    }

    /** What the figure counts, in English. */
    public String getLabel() {
        return label.inEnglish();
    }

    /** What the figure counts, to be said in the reader's language. */
    public Phrase getSaid() {
        return label;
    }

    public long getCount() {
        return count;
    }

    /** "Up" or "Down" for a part of the system; null for a count. */
    public String getState() {
        return state;
    }

    public String getLink() {
        return link;
    }

    /** What the page shows big: the state, or the count. */
    public String getShown() {
        return state != null ? state : Long.toString(count);
    }

    /** Whether there is nothing to do here: no count, and nothing down. */
    public boolean isNone() {
        return state == null && count == 0;
    }

    public boolean isUrgent() {
        return urgent;
    }
}
