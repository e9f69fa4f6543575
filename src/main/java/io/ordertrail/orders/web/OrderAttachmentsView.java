package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderAttachments;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderAttachment;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

    @Override
    public void load(Order order) {
        orderNumber = order.getOrderNumber();
        files = attachments.of(orderNumber);
    }

    @Override
    public List<TimelineEvent> timeline() {
        return files.stream()
                .map(a -> new TimelineEvent(
                        a.getUploadedAt(),
                        "File attached",
                        a.getFileName() + (a.getAbout() == null ? "" : " (" + a.getAbout() + ")"),
                        a.getUploadedBy()))
                .toList();
    }

    public void upload(FileUploadEvent event) {
        try {
            OrderAttachment added = attachments.add(
                    orderNumber,
                    new OrderAttachments.Upload(
                            event.getFile().getFileName(), event.getFile().getContent(), about));
            Messages.infoOnThisPage(added.getFileName() + " attached.");
            about = null;
        } catch (InputRejected rejected) {
            rejected.getProblems()
                    .forEach(p -> Messages.error(
                            p.field().equals("about") ? "attachmentsForm:about" : "attachmentsForm:file", p.message()));
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

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }
}
