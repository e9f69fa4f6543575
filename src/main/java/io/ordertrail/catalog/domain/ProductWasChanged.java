package io.ordertrail.catalog.domain;

/** A product was described again, or a price was added or withdrawn: what changed, before and after. */
public record ProductWasChanged(String code, String what, String before, String after) {}
