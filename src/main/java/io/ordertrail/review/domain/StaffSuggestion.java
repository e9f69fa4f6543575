package io.ordertrail.review.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A member of staff's suggestion about the procedure, from the page they were on, for the periodic review. */
@Entity
@Table(name = "staff_suggestion")
public class StaffSuggestion extends SequencedEntity {

    public static final int MAX_TEXT = 4000;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "from_page", updatable = false)
    private String fromPage;

    @Column(name = "order_number", updatable = false)
    private String orderNumber;

    @Column(nullable = false, updatable = false)
    private String suggestion;

    protected StaffSuggestion() {}

    /**
     * @throws InputRejected when the suggestion is empty or too long
     */
    public static StaffSuggestion of(String text, String by, Instant at, String fromPage, String orderNumber) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new InputRejected.Problem("suggestion", Phrase.of("problem.suggestion")));
        }
        InputRejected.checkLength(problems, "suggestion", Phrase.of("what.suggestion"), text, MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        StaffSuggestion s = new StaffSuggestion();
        s.suggestion = text.strip();
        s.writtenBy = by;
        s.writtenAt = at;
        s.fromPage = fromPage == null || fromPage.length() <= 300 ? fromPage : fromPage.substring(0, 300);
        s.orderNumber = orderNumber;
        return s;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getFromPage() {
        return fromPage;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getSuggestion() {
        return suggestion;
    }
}
