package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.AttachmentContent;
import io.ordertrail.orders.domain.AttachmentType;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderAttachment;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Sha256;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files kept with an order: added by anyone who works on orders, checked by content (never by name) and size, kept
 * in the database byte for byte, listed with who and when, and handed back unchanged. A refused file stores nothing.
 */
@Stateless
@DenyAll
public class OrderAttachments {

    @Inject
    OrderRepository orders;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /** The largest file kept, in bytes (8 MiB by default; the server takes no upload above 10 MB). */
    @Inject
    @ConfigProperty(name = "ordertrail.attachments.max-bytes", defaultValue = "8388608")
    long maxBytes;

    @Resource
    SessionContext session;

    /** A file as it arrives. */
    /**
     * A file as it is uploaded, with what it is; {@code orderVersion} or {@code specialRequestId} when it is about one
     * version of the order or one of its special requests (null for the order as a whole).
     */
    public record Upload(String fileName, byte[] content, String about, Integer orderVersion, Long specialRequestId) {

        public Upload(String fileName, byte[] content, String about) {
            this(fileName, content, about, null, null);
        }
    }

    /**
     * Keeps the file with the order.
     *
     * @throws InputRejected when there is no such order, the file is empty or too large, or is none of the accepted
     *     types; nothing is stored then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public OrderAttachment add(OrderNumber orderNumber, Upload upload) {
        Order order = orders.find(orderNumber)
                .orElseThrow(() ->
                        InputRejected.because("order", Phrase.of("problem.order.noSuch", String.valueOf(orderNumber))));
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        String name = fileName(upload.fileName());
        if (content.length == 0) {
            throw InputRejected.because("file", Phrase.of("problem.file.empty", String.valueOf(name)));
        }
        if (content.length > maxBytes) {
            throw InputRejected.because(
                    "file",
                    Phrase.of(
                            "problem.file.tooBig",
                            String.valueOf(name),
                            String.valueOf(megabytes(content.length)),
                            String.valueOf(megabytes(maxBytes))));
        }
        AttachmentType type = AttachmentType.of(content)
                .orElseThrow(() -> InputRejected.because(
                        "file",
                        Phrase.of("problem.file.type", String.valueOf(name), String.valueOf(AttachmentType.ACCEPTED))));
        String about = upload.about() == null || upload.about().isBlank()
                ? null
                : upload.about().strip();
        if (about != null && about.length() > 100) {
            throw InputRejected.because("about", Phrase.of("problem.file.about"));
        }
        if (upload.orderVersion() != null
                && (upload.orderVersion() < 1 || upload.orderVersion() > order.getOrderVersion())) {
            throw InputRejected.because(
                    "attachedTo",
                    Phrase.of(
                            "problem.file.version",
                            String.valueOf(orderNumber),
                            String.valueOf(upload.orderVersion())));
        }
        if (upload.specialRequestId() != null) {
            SpecialRequest request = em.find(SpecialRequest.class, upload.specialRequestId());
            if (request == null || !request.getOrderNumber().equals(orderNumber)) {
                throw InputRejected.because(
                        "attachedTo", Phrase.of("problem.file.request", String.valueOf(orderNumber)));
            }
        }
        OrderAttachment attachment = new OrderAttachment(
                        order, name, type, content.length, Sha256.hex(content), about, caller(), clock.now())
                .about(upload.orderVersion(), upload.specialRequestId());
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
        return attachment;
    }

    /** The order's attachments, oldest first, without their bytes. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT})
    public List<OrderAttachment> of(OrderNumber orderNumber) {
        return em.createQuery(
                        "select a from OrderAttachment a where a.order.orderNumber = :number"
                                + " order by a.uploadedAt, a.id",
                        OrderAttachment.class)
                .setParameter("number", orderNumber.value())
                .getResultList();
    }

    /** A file to hand back: its listing and its bytes. */
    public record Download(OrderAttachment attachment, byte[] content) {}

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT})
    public Optional<Download> download(long attachmentId) {
        OrderAttachment attachment = em.find(OrderAttachment.class, attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        return Optional.ofNullable(content).map(c -> new Download(attachment, c.getContent()));
    }

    /** The name as the person's computer gave it, without any folder, and short enough to keep. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip().replaceAll("[\\p{Cntrl}\"]", "_");
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
