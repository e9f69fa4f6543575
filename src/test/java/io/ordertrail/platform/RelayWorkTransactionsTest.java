package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.communication.infrastructure.ConfirmationDelivery;
import io.ordertrail.platform.messaging.OutboxDelivery;
import io.ordertrail.platform.messaging.OutboxMessage;
import io.ordertrail.platform.messaging.OutboxSender;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSContext;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The relay calls each work's {@code relay} through {@link RelayWork}, that is through the bridge method the compiler
 * makes for the generic interface ({@code relay(Object)}), and Payara runs that bridge in a transaction of its own
 * whatever the class or the method declares (the cluster fault drill saw it: docs/fault-drill.md). So what must run
 * outside a transaction may not happen in {@code relay} itself: the outbox's send is {@link OutboxSender}'s, a plain
 * method. When it ran in the relay's transaction, the broker refused the commit of every copy re-sent after a crash or
 * a fail-over (DUPLICATE_ID_REJECTED), and the outbox stopped.
 */
class RelayWorkTransactionsTest {

    @Test
    void theOutboxSendsThroughAPlainMethodThatNeverRunsInATransaction() throws NoSuchMethodException {
        Method send = OutboxSender.class.getMethod("send", OutboxMessage.class);

        assertThat(OutboxSender.class.getDeclaredMethods())
                .as("no generic bridge stands between the container and the send")
                .noneMatch(Method::isBridge);
        assertThat(effective(send, OutboxSender.class)).isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
        assertThat(Arrays.stream(OutboxDelivery.class.getDeclaredFields()).map(Field::getType))
                .as("the relay's own transaction holds no broker session")
                .doesNotContain(JMSContext.class);
    }

    @Test
    void aConfirmationIsSentInATransactionOfItsOwnWhicheverAttributeTheBridgeGets() throws NoSuchMethodException {
        Method relay = ConfirmationDelivery.class.getMethod("relay", Long.class);

        assertThat(effective(relay, ConfirmationDelivery.class)).isEqualTo(TransactionAttributeType.REQUIRES_NEW);
        // the bridge's REQUIRED starts a new transaction too, as long as the relay calls it with none
        assertThat(AfterCommitRelays.class
                        .getAnnotation(TransactionAttribute.class)
                        .value())
                .isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
    }

    /** The attribute a plain business method gets: its own, else the class's, else REQUIRED. */
    private static TransactionAttributeType effective(Method method, Class<?> bean) {
        TransactionAttribute own = method.getAnnotation(TransactionAttribute.class);
        if (own != null) {
            return own.value();
        }
        TransactionAttribute ofClass = bean.getAnnotation(TransactionAttribute.class);
        return ofClass == null ? TransactionAttributeType.REQUIRED : ofClass.value();
    }
}
