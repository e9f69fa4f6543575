package io.ordertrail.erp.domain;

import java.util.List;

/**
 * A document from a sender who can be told, that cannot be taken as sent (invalid against the schema, a negative
 * quantity, an unknown buyer, no known product). It is answered with a rejection naming the reasons; nothing of
 * it is stored.
 */
public class RefusedDocument extends RuntimeException {

    private final ErpAnswer answer;

    public RefusedDocument(String documentId, String sender, String buyerName, List<String> reasons) {
        this(documentId, sender, buyerName, reasons, null);
    }

    /** Refused, to be answered in the PEPPOL BIS profile the document came in (null: plain UBL). */
    public RefusedDocument(String documentId, String sender, String buyerName, List<String> reasons, Peppol peppol) {
        super("Document " + documentId + " of " + sender + " refused: " + String.join("; ", reasons));
        this.answer = ErpAnswer.rejected(documentId, sender, buyerName, reasons, peppol);
    }

    /** The document refused for these reasons, each a sentence the sender can act on. */
    public static RefusedDocument of(ErpDocument document, List<String> reasons) {
        return new RefusedDocument(
                document.documentId(), document.sender(), document.buyerName(), reasons, document.peppol());
    }

    public ErpAnswer answer() {
        return answer;
    }
}
