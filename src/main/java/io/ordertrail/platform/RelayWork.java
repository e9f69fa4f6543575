package io.ordertrail.platform;

import java.util.List;

/**
 * Work that a transaction leaves for after its commit (a handover to put on the broker, a confirmation to deliver),
 * which {@link AfterCommitRelays} does as soon as the transaction commits and again on a timer. Each relay work is an
 * EJB that names this interface as a local view, so that each of its methods runs in the transaction it declares.
 *
 * @param <T> what is relayed: an outbox message, a confirmation's id
 */
public interface RelayWork<T> {

    /** Its name, how often its timer runs and how many items a round reads. */
    RelaySchedule schedule();

    /** Up to {@code max} items due now, in the order they are to be relayed. */
    List<T> due(int max);

    /** Relays one item in a transaction of its own; throws to end the round, leaving it and the rest due. */
    void relay(T item);

    /**
     * The lane of an item: items of one lane are relayed one after the other, in order; items of different lanes may
     * be relayed at the same time. One lane for all, unless the work says otherwise.
     */
    default String lane(T item) {
        return "";
    }

    /** After a round, the items it relayed: for what is done once per round, such as marking them sent. */
    void relayed(List<T> items);
}
