package io.ordertrail.platform.i18n;

/**
 * A refusal that a page says in its reader's language: its message is the English sentence (for the logs and the
 * API), its phrase the same sentence for any reader.
 */
public class SaidException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Phrase phrase;

    public SaidException(Phrase phrase) {
        super(phrase.inEnglish());
        this.phrase = phrase;
    }

    /** What happened, to say in the reader's language. */
    public Phrase phrase() {
        return phrase;
    }
}
