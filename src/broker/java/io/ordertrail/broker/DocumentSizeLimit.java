package io.ordertrail.broker;

import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerPlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;

/**
 * A broker plugin: refuses, on the broker, a message larger than the limit sent to one of the addresses, before it is
 * routed to any queue. The sender gets the reason; the application never receives the message, so a 50 MB document
 * cannot reach the server's memory (the messaging client decodes a text message whole before a listener sees it).
 *
 * <p>broker.xml configures it for {@code erp.orders.in}; the embedded broker has it on its class path, a standalone
 * broker from {@code target/ordertrail-broker.jar} in its {@code lib/} (see README, Broker security).
 */
public class DocumentSizeLimit implements ActiveMQServerPlugin {

    private long maxBytes = 4L * 1024 * 1024;
    private Set<String> addresses = Set.of("erp.orders.in");

    @Override
    public void init(Map<String, String> properties) {
        if (properties.containsKey("max-bytes")) {
            maxBytes = Long.parseLong(properties.get("max-bytes").trim());
        }
        if (properties.containsKey("addresses")) {
            addresses = Set.of(properties.get("addresses").trim().split("\\s*,\\s*"));
        }
    }

    @Override
    public void beforeSend(
            ServerSession session, Transaction tx, Message message, boolean direct, boolean noAutoCreateQueue)
            throws ActiveMQException {
        String address = message.getAddress();
        if (address == null || !addresses.contains(address)) {
            return;
        }
        long size = message.getWholeMessageSize();
        if (size > maxBytes) {
            throw new ActiveMQException(
                    ActiveMQExceptionType.GENERIC_EXCEPTION,
                    "Refused by the broker: the message to " + address + " is " + size + " bytes, over the limit of "
                            + maxBytes + " bytes. Split the order, or leave out attachments.");
        }
    }

    /** The limit in force, for tests. */
    public long maxBytes() {
        return maxBytes;
    }
}
