package io.ordertrail.handover.infrastructure;

import io.ordertrail.handover.domain.HandoverDocument.MalformedHandover;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** Reads the text of a handover message as the teams' listeners receive it. */
public final class HandoverText {

    private HandoverText() {}

    /**
     * @throws MalformedHandover when the message is not a text message (handovers never are anything else)
     */
    public static String of(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedHandover("Handover messages are JSON text messages; received a "
                    + message.getClass().getSimpleName());
        }
        try {
            return text.getText();
        } catch (JMSException e) {
            throw new JMSRuntimeException("Could not read handover message: " + e.getMessage(), e.getErrorCode(), e);
        }
    }
}
