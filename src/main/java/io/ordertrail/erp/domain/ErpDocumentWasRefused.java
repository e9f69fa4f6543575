package io.ordertrail.erp.domain;

/**
 * An ERP document was refused: answered with a refusal ({@code answered}), or unreadable and sent to the dead-letter
 * queue. Fired inside the transaction that records the refusal.
 */
public record ErpDocumentWasRefused(String partner, boolean answered) {}
