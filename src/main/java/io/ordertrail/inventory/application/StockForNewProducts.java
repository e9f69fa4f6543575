package io.ordertrail.inventory.application;

import io.ordertrail.catalog.domain.ProductWasAdded;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.infrastructure.StockRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A product added to the catalog gets a stock level where orders ship from, with none on hand until counted. */
@ApplicationScoped
public class StockForNewProducts {

    @PersistenceContext
    EntityManager em;

    void productWasAdded(@Observes ProductWasAdded event) {
        em.persist(new StockLevel(event.product(), StockRecords.SHIPPING_LOCATION, 0));
    }
}
