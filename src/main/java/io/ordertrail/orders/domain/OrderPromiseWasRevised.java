package io.ordertrail.orders.domain;

import java.time.LocalDate;

/**
 * The date promised to the customer moved later (or no date can be promised any more) because inventory found the
 * order short when it reserved the stock (SOP step 7): whoever promised it tells the customer again.
 *
 * @param previousDate what had been promised; null when no date was (the promise is restored now)
 */
public record OrderPromiseWasRevised(Order order, LocalDate previousDate) {}
