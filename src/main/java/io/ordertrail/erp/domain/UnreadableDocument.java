package io.ordertrail.erp.domain;

/**
 * A message that cannot be read as a UBL document of a known sender: not XML, a document type or entity
 * declaration (the door to XXE and entity-expansion attacks), over the size limit, not UBL, or with no buyer to
 * answer. It goes to the dead-letter queue with this reason, for an administrator.
 */
public class UnreadableDocument extends RuntimeException {

    public UnreadableDocument(String reason) {
        super(reason);
    }

    public UnreadableDocument(String reason, Throwable cause) {
        super(reason, cause);
    }
}
