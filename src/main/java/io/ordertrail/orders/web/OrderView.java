package io.ordertrail.orders.web;

import io.ordertrail.fulfillment.application.FulfillmentWork;
import io.ordertrail.fulfillment.domain.FulfillmentTask;
import io.ordertrail.handover.application.HandoverReceipts;
import io.ordertrail.handover.domain.HandoverMessageType;
import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.application.OrderIntake;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderContent;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderVersion;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.VersionComparison;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.platform.web.Format;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One order's page: what was recorded, its status history, and whether each team has received the handover. */
@Named
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries orderQueries;

    @Inject
    HandoverReceipts handoverReceipts;

    @Inject
    OrderIntake intake;
    /** The sections other capabilities add to the page, such as the confirmations. */
    @Inject
    @Any
    Instance<OrderPageSection> sections;

    @Inject
    Format format;

    @Inject
    FulfillmentWork fulfillment;

    private String number;
    private Order order;
    private List<HandoverReceipt> receipts = List.of();
    private String approvalNote;
    private FulfillmentTask fulfillmentTask;
    /** Read from the versions once per load: the page asks for them on every row it repeats. */
    private transient VersionComparison comparison;

    private transient List<List<String>> changes;

    /** Called once the view parameter is set, and by the page's poll until both teams have answered. */
    public void load() {
        order = OrderNumber.parse(number).flatMap(orderQueries::byNumber).orElse(null);
        comparison = null;
        changes = null;
        if (order != null) {
            receipts = handoverReceipts.forOrder(order.getOrderNumber().value());
            sections.forEach(section -> section.load(order));
            fulfillmentTask =
                    fulfillment.forOrder(order.getOrderNumber().value()).orElse(null);
        }
    }

    /** The order's versions side by side, each difference from the version before marked. */
    public VersionComparison getComparison() {
        if (comparison == null) {
            comparison = VersionComparison.of(contents(), PageLanguage.texts());
        }
        return comparison;
    }

    /** Why the version was made, in the reader's language: the amendment's reason, or the order as recorded. */
    public String reasonOf(OrderVersion version) {
        return version.getReason()
                .map(reason -> PageLanguage.texts().get(Phrase.labelKey(reason)))
                .orElseGet(() -> PageLanguage.texts().get("versions.asRecorded"));
    }

    /** What changed from the version before, in the reader's language; none for the first. */
    public List<String> changesOf(OrderVersion version) {
        if (changes == null) {
            List<OrderContent> contents = contents();
            changes = new ArrayList<>();
            for (int i = 0; i < contents.size(); i++) {
                changes.add(
                        i == 0 ? List.of() : contents.get(i).changesFrom(contents.get(i - 1), PageLanguage.texts()));
            }
        }
        int at = getVersions().indexOf(version);
        return at < 0 ? List.of() : changes.get(at);
    }

    /** What each version of the order said, oldest first. */
    private List<OrderContent> contents() {
        return getVersions().stream().map(OrderVersion::getContent).toList();
    }

    public List<OrderVersion> getVersions() {
        return order == null ? List.of() : order.getVersions();
    }

    public List<SpecialRequest> getSpecialRequests() {
        return order == null ? List.of() : order.getSpecialRequests();
    }

    /** How long it took from receiving the order to confirming it to the customer. */
    public String getTimeToConfirm() {
        return order == null || order.getConfirmedAt() == null
                ? null
                : Format.elapsedBetween(order.getRecordedAt(), order.getConfirmedAt());
    }

    /** The manager's double-check of a flagged order. */
    public void approve() {
        try {
            intake.approve(order.getOrderNumber(), approvalNote);
            Messages.infoOnThisPage(PageLanguage.texts().get("orderPage.approvedMessage", number));
            approvalNote = null;
        } catch (InputRejected rejected) {
            Messages.errors("approvalForm", rejected.getProblems());
        }
        load();
    }

    /** Everything that happened to the order, oldest first: status changes, handovers and acknowledgements. */
    public List<TimelineEvent> getTimeline() {
        if (order == null) {
            return List.of();
        }
        Texts texts = PageLanguage.texts();
        List<TimelineEvent> events = new ArrayList<>();
        order.getStatusChanges()
                .forEach(c -> events.add(new TimelineEvent(
                        c.getChangedAt(),
                        c.getTitleKey() != null
                                ? texts.get(c.getTitleKey())
                                : c.isTitledByStatus() ? texts.get(Phrase.labelKey(c.getTo())) : c.getTitle(),
                        c.getReasonWhy() == null
                                ? c.getReason()
                                : c.getReasonWhy().in(texts),
                        c.getChangedBy())));
        for (HandoverReceipt r : receipts) {
            String team = texts.get(Phrase.labelKey(r.getTeam()));
            HandoverMessageType kind = r.getKind();
            events.add(new TimelineEvent(
                    r.getReceivedAt(),
                    texts.get("timeline.handedOver", texts.labelInSentence(r.getTeam())),
                    texts.get(
                            "timeline.handedOver.detail",
                            team,
                            r.getOrderVersion(),
                            kind == null ? r.getWhat() : texts.labelInSentence(kind)),
                    texts.get("timeline.system")));
            if (r.isAcknowledged()) {
                events.add(new TimelineEvent(
                        r.getAcknowledgedAt(),
                        texts.get("timeline.acknowledgedBy", texts.labelInSentence(r.getTeam())),
                        texts.get("timeline.acknowledged.detail"),
                        r.getAcknowledgedBy()));
            }
        }
        sections.forEach(section -> events.addAll(section.timeline()));
        for (SpecialRequest r : order.getSpecialRequests()) {
            events.add(new TimelineEvent(
                    r.getCreatedAt(),
                    texts.get("timeline.request", texts.labelInSentence(r.getType())),
                    texts.get("timeline.request.detail", r.getDetails(), texts.labelInSentence(r.getTeam())),
                    r.getCreatedBy()));
            if (r.getEscalatedAt() != null) {
                events.add(new TimelineEvent(
                        r.getEscalatedAt(),
                        texts.get("timeline.request.escalated"),
                        texts.get("timeline.request.escalated.detail", format.dateTime(r.getDueAt())),
                        texts.get("timeline.system")));
            }
            if (r.getDecidedAt() != null) {
                events.add(new TimelineEvent(
                        r.getDecidedAt(),
                        texts.get("timeline.request.decided", texts.labelInSentence(r.getStatus())),
                        r.describe(texts),
                        r.getDecidedBy()));
            }
        }
        if (fulfillmentTask != null) {
            fulfillmentTask
                    .getSteps()
                    .forEach(step -> events.add(new TimelineEvent(
                            step.getTakenAt(),
                            texts.get("timeline.fulfillment", texts.labelInSentence(step.getStatus())),
                            step.getNote() == null
                                    ? texts.get("timeline.fulfillment.detail", fulfillmentTask.getOrderVersion())
                                    : texts.get(
                                            "timeline.fulfillment.carrier",
                                            fulfillmentTask.getCarrier(),
                                            fulfillmentTask.getTrackingReference()),
                            step.getTakenBy())));
        }
        events.sort(Comparator.comparing(TimelineEvent::getAt));
        return events;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public void setApprovalNote(String approvalNote) {
        this.approvalNote = approvalNote;
    }

    public Optional<HandoverReceipt> receiptOf(Team team) {
        return receipts.stream().filter(r -> r.getTeam() == team).findFirst();
    }

    public HandoverReceipt getInventoryReceipt() {
        return receiptOf(Team.INVENTORY).orElse(null);
    }

    public HandoverReceipt getFulfillmentReceipt() {
        return receiptOf(Team.FULFILLMENT).orElse(null);
    }

    public Team getInventoryTeam() {
        return Team.INVENTORY;
    }

    public Team getFulfillmentTeam() {
        return Team.FULFILLMENT;
    }

    public boolean isHandedOverToAll() {
        return getInventoryReceipt() != null && getFulfillmentReceipt() != null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Order getOrder() {
        return order;
    }
}
