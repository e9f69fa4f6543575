package io.ordertrail.catalog.domain;

/** A product was added to the catalog on the products page: inventory keeps a stock level for it from now on. */
public record ProductWasAdded(Product product) {}
