package io.ordertrail.orders.domain;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * An order that cannot be recorded as entered. Carries every problem at once, each naming the field and saying
 * what to do, so staff fix everything in one go. Nothing of the order is stored.
 */
@ApplicationException(rollback = true)
public class OrderRejected extends RuntimeException {

    private final List<Problem> problems;

    public OrderRejected(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("Order rejected"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** One thing wrong with the order: which field, and what to do about it. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
