package io.ordertrail.handover.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ordertrail.handover.application.HandoverFailures;
import io.ordertrail.handover.application.HandoverInbox;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.HandoverMessageType;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.ChangedMeanwhile;
import io.ordertrail.platform.logging.MessageCorrelation;
import io.ordertrail.platform.messaging.ListenerTransaction;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A team's listener runs work that found what it read changed meanwhile again at once, and only after the last run
 * does that count as a failed attempt. The container's parts are stand-ins here; the race itself, with a real
 * database and broker, is in {@code HandoverThroughBrokerIT}.
 */
class TeamHandoverListenerTest {

    private static final HandoverDocument ORDER = HandoverDocument.of(
            "m-1",
            HandoverMessageType.ORDER_RECORDED,
            "ORD-2026-000007",
            1,
            new HandoverDocument.Customer("C-1002", "Acme Hardware Ltd"),
            new HandoverDocument.Fulfillment("DELIVERY", "12 Mill Lane", null, null),
            List.of(new HandoverDocument.Line(1, "RLR-230", "Paint roller", 4)));

    /** A listener whose work finds the stock changed on its first {@code changes} runs. */
    static class Listener extends TeamHandoverListener {

        final AtomicInteger runs = new AtomicInteger();
        final int changes;

        Listener(int changes) throws Exception {
            this.changes = changes;
            inbox = mock(HandoverInbox.class);
            when(inbox.received(eq(Team.INVENTORY), anyString(), any())).thenReturn(Optional.of(ORDER));
            failures = mock(HandoverFailures.class);
            correlation = mock(MessageCorrelation.class);
            transaction = new ListenerTransaction();
            applicationBrokerUser = "ordertrail";
        }

        @Override
        protected String queue() {
            return "ordertrail.inventory.handover";
        }

        @Override
        protected Team team() {
            return Team.INVENTORY;
        }

        @Override
        protected void handOver(HandoverDocument document) {
            if (runs.incrementAndGet() <= changes) {
                throw new ChangedMeanwhile("stock of RLR-230 changed (run " + runs.get() + ")");
            }
        }
    }

    private static TextMessage handover() throws Exception {
        TextMessage message = mock(TextMessage.class);
        when(message.getStringProperty("JMSXUserID")).thenReturn("ordertrail");
        when(message.getText()).thenReturn(ORDER.toJson());
        when(message.getJMSMessageID()).thenReturn("ID:1");
        return message;
    }

    @Test
    void workThatFoundItsStockChangedRunsAgainWithoutAFailedAttempt() throws Exception {
        Listener listener = new Listener(2);

        listener.onMessage(handover());

        assertThat(listener.runs).hasValue(3);
        verify(listener.failures, never()).record(any(), any(), anyInt(), any());
    }

    @Test
    void afterTheLastRunAChangeIsAFailedAttemptAndTheBrokerRedelivers() throws Exception {
        Listener listener = new Listener(Integer.MAX_VALUE);
        TextMessage message = handover();

        assertThatThrownBy(() -> listener.onMessage(message))
                .isInstanceOf(ChangedMeanwhile.class)
                .hasMessageContaining("run " + TeamHandoverListener.RUNS_WHEN_CHANGED_MEANWHILE);

        assertThat(listener.runs).hasValue(TeamHandoverListener.RUNS_WHEN_CHANGED_MEANWHILE);
        verify(listener.failures, times(1)).record(eq(Team.INVENTORY), eq("ID:1"), anyInt(), any());
    }
}
