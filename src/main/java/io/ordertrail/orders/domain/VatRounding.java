package io.ordertrail.orders.domain;

/**
 * Where VAT is rounded to the currency's smallest unit: once per rate over the sum of the lines' net amounts (EN 16931
 * rule BR-CO-17, the European e-invoicing norm, and the default), or on each line before they are added up (allowed
 * by, among others, HMRC VAT Notice 700 section 17.5). The two may differ by a cent or so per rate.
 */
public enum VatRounding {
    PER_DOCUMENT,
    PER_LINE
}
