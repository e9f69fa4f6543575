package io.ordertrail.erp.domain;

/** An ERP partner was added, changed, disabled or given a new password. */
public record ErpPartnerWasChanged(ErpPartnerChange change) {}
