package io.ordertrail.platform.originals;

/** What an original is: what arrived, or what left. */
public enum OriginalKind {
    /** A UBL document from a buyer's ERP system, as it came off the queue. */
    ERP_DOCUMENT("received", "xml"),
    /** An API request: its request line, headers (without credentials) and body. */
    API_REQUEST("received", "http"),
    /** The email file an email order came in, as uploaded. */
    SOURCE_EMAIL("received", "eml"),
    /** A CSV file imported (customers, products, prices, stock counts), as uploaded. */
    IMPORT_FILE("received", "csv"),
    /** A confirmation email as it was handed to the mail server. */
    CONFIRMATION_EMAIL("sent", "eml"),
    /** The PDF a confirmation email carried. */
    CONFIRMATION_PDF("sent", "pdf"),
    /** A confirmation text message as it was handed to the gateway. */
    TEXT_MESSAGE("sent", "json"),
    /** A UBL OrderResponse as it was queued for the sender. */
    ORDER_RESPONSE("sent", "xml"),
    /** A periodic review's PDF report, as it was mailed to the managers. */
    REVIEW_REPORT("sent", "pdf"),
    /** A dispatch or ready-for-pickup notice as it was handed to the mail server. */
    NOTICE_EMAIL("sent", "eml");

    private final String direction;
    private final String extension;

    OriginalKind(String direction, String extension) {
        this.direction = direction;
        this.extension = extension;
    }

    /** "received" or "sent". */
    public String direction() {
        return direction;
    }

    /** The file extension it is exported with. */
    public String extension() {
        return extension;
    }
}
