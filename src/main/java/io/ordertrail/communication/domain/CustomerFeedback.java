package io.ordertrail.communication.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A customer's rating of an order (1 to 5) with an optional comment, once per order version, for the review. */
@Entity
@Table(name = "customer_feedback")
public class CustomerFeedback extends SequencedEntity {

    public static final int MAX_COMMENT = 2000;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "order_version", nullable = false, updatable = false)
    private int orderVersion;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(name = "comment_text", updatable = false)
    private String comment;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected CustomerFeedback() {}

    /**
     * The customer's feedback on the version of the order the confirmation was about.
     *
     * @throws InputRejected when the rating is not 1 to 5 or the comment is too long
     */
    public static CustomerFeedback of(
            String orderNumber, int orderVersion, Integer rating, String comment, Instant at) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            problems.add(new InputRejected.Problem("rating", Phrase.of("problem.rating")));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        InputRejected.checkLength(problems, "comment", Phrase.of("what.comment"), text, MAX_COMMENT);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        CustomerFeedback feedback = new CustomerFeedback();
        feedback.orderNumber = orderNumber;
        feedback.orderVersion = orderVersion;
        feedback.rating = rating;
        feedback.comment = text;
        feedback.receivedAt = at;
        return feedback;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public int getOrderVersion() {
        return orderVersion;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
