package io.ordertrail.communication.web;

import io.ordertrail.communication.application.OrderConfirmations;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.communication.domain.ConfirmationChannel;
import io.ordertrail.communication.domain.ConfirmationContent;
import io.ordertrail.communication.domain.DeliveryStatus;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.web.OrderPageSection;
import io.ordertrail.orders.web.TimelineEvent;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The order page's confirmation panel and communication records (SOP step 4): thin, the service decides. */
@Named
@ViewScoped
public class ConfirmationView implements OrderPageSection, Serializable {

    @Inject
    BusinessClock clock;

    private static final long serialVersionUID = 1L;
    private static final String FORM = "confirmForm";

    @Inject
    OrderConfirmations confirmations;

    private OrderNumber orderNumber;
    private ConfirmationChannel channel;
    private String recipient;
    private String spokeTo;
    private LocalDateTime calledAt;
    private String whatWasConfirmed;
    private String callScript;
    private List<Communication> communications = List.of();
    private Communication opened;
    private String customerEmail;
    private String customerPhone;

    /** Prepares the panel for the order: the customer's preferred channel first, with their address or number. */
    @Override
    public void load(Order order) {
        if (order == null) {
            return;
        }
        boolean first = orderNumber == null;
        orderNumber = order.getOrderNumber();
        customerEmail = order.getCustomer().getEmail();
        customerPhone = order.getCustomer().getPhone();
        if (first) {
            String preferred = order.getCustomer().getPreferredConfirmation();
            channel = preferred == null
                    ? (customerEmail != null ? ConfirmationChannel.EMAIL : ConfirmationChannel.CALL)
                    : ConfirmationChannel.valueOf(preferred);
            channelChosen();
        }
        communications = confirmations.forOrder(orderNumber);
    }

    public void channelChosen() {
        if (channel == null) {
            return;
        }
        recipient = channel == ConfirmationChannel.MESSAGE
                ? customerPhone
                : channel == ConfirmationChannel.EMAIL ? customerEmail : null;
        if (channel == ConfirmationChannel.CALL) {
            ConfirmationContent content = confirmations.content(orderNumber);
            callScript = content.callScript();
            calledAt = clock.localNow().withSecond(0).withNano(0);
            whatWasConfirmed = PageLanguage.texts()
                    .get(
                            "confirm.whatWasConfirmed." + content.fulfillment().name(),
                            content.money(content.total()),
                            content.estimatedDateText());
        }
    }

    public void confirm() {
        if (channel == null) {
            Messages.error(FORM + ":channel", PageLanguage.texts().get("confirm.chooseChannel"));
            return;
        }
        try {
            switch (channel) {
                case EMAIL -> confirmations.confirmByEmail(orderNumber, recipient);
                case MESSAGE -> confirmations.confirmByMessage(orderNumber, recipient);
                case CALL ->
                    confirmations.recordCall(
                            orderNumber,
                            spokeTo,
                            calledAt == null
                                    ? null
                                    : calledAt.atZone(clock.zone()).toInstant(),
                            whatWasConfirmed);
            }
            Messages.infoOnThisPage(
                    channel == ConfirmationChannel.CALL
                            ? PageLanguage.texts().get("confirm.callRecorded", orderNumber.value())
                            : PageLanguage.texts().get("confirm.queued", recipient));
            spokeTo = null;
            communications = confirmations.forOrder(orderNumber);
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    public void resend(long communicationId) {
        try {
            Communication again = confirmations.resend(communicationId);
            Messages.infoOnThisPage(PageLanguage.texts().get("confirm.again", again.getRecipient()));
            communications = confirmations.forOrder(orderNumber);
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    public void open(long communicationId) {
        opened = confirmations.open(communicationId);
        PrimeFaces.current().executeScript("PF('communicationDialog').show()");
    }

    public void refresh() {
        if (orderNumber != null) {
            communications = confirmations.forOrder(orderNumber);
        }
    }

    /** Whether a confirmation is still on its way, so the page keeps looking. */
    public boolean isSending() {
        return communications.stream().anyMatch(c -> c.getStatus() == DeliveryStatus.PENDING);
    }

    public ConfirmationChannel[] getChannels() {
        return ConfirmationChannel.values();
    }

    public boolean isCall() {
        return channel == ConfirmationChannel.CALL;
    }

    /** Each confirmation and call, and the customer's acknowledgements, on the order's timeline. */
    @Override
    public List<TimelineEvent> timeline() {
        Texts texts = PageLanguage.texts();
        List<TimelineEvent> events = new ArrayList<>();
        for (Communication c : communications) {
            String to = c.getCallWith() != null
                    ? texts.get("timeline.communication.spokeTo", c.getCallWith())
                    : texts.get("timeline.communication.to", c.getRecipient());
            events.add(new TimelineEvent(
                    c.getCreatedAt(),
                    texts.get(Phrase.labelKey(c.getKind())) + " · " + texts.get(Phrase.labelKey(c.getChannel())),
                    to + " — " + texts.get(Phrase.labelKey(c.getStatus()))
                            + (c.getLastError() != null ? ": " + c.getLastError() : "")
                            + " (v" + c.getOrderVersion() + ")",
                    c.getAuthor()));
            if (c.getAcknowledgedAt() != null) {
                events.add(new TimelineEvent(
                        c.getAcknowledgedAt(),
                        texts.get("timeline.communication.acknowledged"),
                        texts.get("timeline.communication.acknowledged.detail", c.getRecipient()),
                        texts.get("timeline.customer")));
            }
        }
        return events;
    }

    public List<Communication> getCommunications() {
        return communications;
    }

    public Communication getOpened() {
        return opened;
    }

    public String getCallScript() {
        return callScript;
    }

    public ConfirmationChannel getChannel() {
        return channel;
    }

    public void setChannel(ConfirmationChannel channel) {
        this.channel = channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getSpokeTo() {
        return spokeTo;
    }

    public void setSpokeTo(String spokeTo) {
        this.spokeTo = spokeTo;
    }

    public LocalDateTime getCalledAt() {
        return calledAt;
    }

    public void setCalledAt(LocalDateTime calledAt) {
        this.calledAt = calledAt;
    }

    public String getWhatWasConfirmed() {
        return whatWasConfirmed;
    }

    public void setWhatWasConfirmed(String whatWasConfirmed) {
        this.whatWasConfirmed = whatWasConfirmed;
    }
}
