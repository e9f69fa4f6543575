package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderAttachments;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderAttachment;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** The attachments section of an order's page: the files kept with it, and adding one. */
@Named
@ViewScoped
public class OrderAttachmentsView implements OrderPageSection, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderAttachments attachments;

    private OrderNumber orderNumber;
    private List<OrderAttachment> files = List.of();
    private String about;
    /** What the next file is about: "" the order, "v:2" its version 2, "r:51" its special request 51. */
    private String attachedTo = "";

    private Map<String, String> subjects = Map.of();

    @Inject
    SpecialRequests specialRequests;

    @Override
    public void load(Order order) {
        orderNumber = order.getOrderNumber();
        files = attachments.of(orderNumber);
        Texts texts = PageLanguage.texts();
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", texts.get("attachments.theOrder"));
        for (int v = order.getOrderVersion(); v >= 1; v--) {
            choices.put(
                    "v:" + v,
                    texts.get(v == order.getOrderVersion() ? "attachments.currentVersion" : "attachments.version", v));
        }
        specialRequests
                .forOrder(orderNumber)
                .forEach(r -> choices.put(
                        "r:" + r.getId(),
                        texts.get(
                                "attachments.request",
                                texts.get(Phrase.labelKey(r.getType())),
                                shortened(r.getDetails()))));
        subjects = choices;
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** What an attachment is about, as the list shows it. */
    public String subjectOf(OrderAttachment a) {
        Texts texts = PageLanguage.texts();
        if (a.getOrderVersion() != null) {
            return texts.get("attachments.version", a.getOrderVersion());
        }
        if (a.getSpecialRequestId() != null) {
            String label = subjects.get("r:" + a.getSpecialRequestId());
            return label == null ? texts.get("attachments.aRequest") : label;
        }
        return texts.get("attachments.theOrder");
    }

    @Override
    public List<TimelineEvent> timeline() {
        return files.stream()
                .map(a -> new TimelineEvent(
                        a.getUploadedAt(),
                        PageLanguage.texts().get("timeline.fileAttached"),
                        a.getFileName()
                                + (a.getAbout() == null ? "" : " (" + a.getAbout() + ")")
                                + (a.getOrderVersion() == null && a.getSpecialRequestId() == null
                                        ? ""
                                        : PageLanguage.texts()
                                                .get(
                                                        "timeline.fileAttached.about",
                                                        PageLanguage.texts().inSentence(subjectOf(a)))),
                        a.getUploadedBy()))
                .toList();
    }

    public void upload(FileUploadEvent event) {
        try {
            OrderAttachment added = attachments.add(
                    orderNumber,
                    new OrderAttachments.Upload(
                            event.getFile().getFileName(),
                            event.getFile().getContent(),
                            about,
                            attachedTo != null && attachedTo.startsWith("v:")
                                    ? Integer.valueOf(attachedTo.substring(2))
                                    : null,
                            attachedTo != null && attachedTo.startsWith("r:")
                                    ? Long.valueOf(attachedTo.substring(2))
                                    : null));
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            "attachments.attached",
                            added.getFileName(),
                            PageLanguage.texts().inSentence(subjectOf(added))));
            about = null;
        } catch (InputRejected rejected) {
            rejected.getProblems()
                    .forEach(p -> Messages.error(
                            switch (p.field()) {
                                case "about" -> "attachmentsForm:about";
                                case "attachedTo" -> "attachmentsForm:attachedTo";
                                default -> "attachmentsForm:file";
                            },
                            p.in(PageLanguage.texts())));
        }
        files = attachments.of(orderNumber);
    }

    public String downloadPath(OrderAttachment attachment) {
        return AttachmentDownload.path(attachment.getId());
    }

    /** A size as people read it. */
    public String size(OrderAttachment attachment) {
        long bytes = attachment.getSizeBytes();
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public List<OrderAttachment> getFiles() {
        return files;
    }

    public Map<String, String> getSubjects() {
        return subjects;
    }

    public String getAttachedTo() {
        return attachedTo;
    }

    public void setAttachedTo(String attachedTo) {
        this.attachedTo = attachedTo != null && attachedTo.matches("|v:\\d{1,6}|r:\\d{1,18}") ? attachedTo : "";
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }
}
