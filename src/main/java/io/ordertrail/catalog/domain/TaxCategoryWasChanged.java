package io.ordertrail.catalog.domain;

/** A tax category was added, or its name, VAT category or rate changed: as it was (null when new) and as it is. */
public record TaxCategoryWasChanged(String code, String before, String after) {}
