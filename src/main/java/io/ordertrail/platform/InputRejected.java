package io.ordertrail.platform;

import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * Input that cannot be accepted as entered. Carries every problem at once, each naming the field and saying what to
 * do, so people fix everything in one go; the transaction rolls back, so nothing of it is stored.
 */
@ApplicationException(rollback = true, inherited = true)
public class InputRejected extends RuntimeException {

    private final List<Problem> problems;

    public InputRejected(List<Problem> problems) {
        super(problems.stream()
                .map(Problem::toString)
                .reduce((a, b) -> a + "; " + b)
                .orElse("Input rejected"));
        this.problems = List.copyOf(problems);
    }

    public static InputRejected because(String field, String message) {
        return new InputRejected(List.of(new Problem(field, message)));
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** Adds a problem when the text is longer than the field holds, saying how long it is and how long it may be. */
    public static void checkLength(List<Problem> problems, String field, String what, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(new Problem(
                    field,
                    what + " is " + value.trim().length() + " characters long; shorten it to at most " + max + "."));
        }
    }

    /** The same, naming the field with a phrase ("what.name": "The name"), said in the reader's language. */
    public static void checkLength(List<Problem> problems, String field, Phrase what, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(new Problem(
                    field, Phrase.of("input.tooLong", what, value.trim().length(), max)));
        }
    }

    public static InputRejected because(String field, Phrase message) {
        return new InputRejected(List.of(new Problem(field, message)));
    }

    /**
     * One thing wrong with the input: which field, and what to do about it. With a phrase, the page says it in the
     * reader's language; the message is its English text, which the API and the logs give.
     */
    public record Problem(String field, String message, Phrase phrase) implements Serializable {

        public Problem(String field, String message) {
            this(field, message, null);
        }

        public Problem(String field, Phrase phrase) {
            this(field, phrase.inEnglish(), phrase);
        }

        /** The message in the language of {@code texts}, when it was said as a phrase; else as it was written. */
        public String in(Texts texts) {
            return phrase == null ? message : phrase.in(texts);
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
