package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.communication.infrastructure.ConfirmationDelivery;
import io.ordertrail.platform.messaging.OutboxDelivery;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relay calls each work's {@code relay} through {@link RelayWork}, that is through the bridge method the compiler
 * makes for the generic interface ({@code relay(Object)}). The container gives that bridge the class's transaction
 * attribute, not the one on {@code relay(T)}; so the class must declare the one the relay needs. When it did not,
 * the outbox's sends ran in a transaction, and after a crash a re-sent duplicate was refused on every retry.
 */
class RelayWorkTransactionsTest {

    @ParameterizedTest
    @ValueSource(classes = {OutboxDelivery.class, ConfirmationDelivery.class})
    void theBridgeTheRelayCallsRunsInTheTransactionRelayDeclares(Class<?> work) {
        Method relay = Arrays.stream(work.getDeclaredMethods())
                .filter(m -> m.getName().equals("relay") && !m.isBridge())
                .findFirst()
                .orElseThrow();
        Method bridge = Arrays.stream(work.getDeclaredMethods())
                .filter(m -> m.getName().equals("relay") && m.isBridge())
                .findFirst()
                .orElseThrow();
        assertThat(bridge.getParameterTypes()).containsExactly(Object.class);
        assertThat(effective(bridge, work)).isEqualTo(effective(relay, work));
    }

    /** The attribute the container applies: the method's own, else the class's, else REQUIRED. */
    private static TransactionAttributeType effective(Method method, Class<?> work) {
        TransactionAttribute own = method.isBridge() ? null : method.getAnnotation(TransactionAttribute.class);
        if (own != null) {
            return own.value();
        }
        TransactionAttribute ofClass = work.getAnnotation(TransactionAttribute.class);
        return ofClass == null ? TransactionAttributeType.REQUIRED : ofClass.value();
    }
}
