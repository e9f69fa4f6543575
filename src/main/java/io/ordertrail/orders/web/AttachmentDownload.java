package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderAttachments;
import io.ordertrail.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Hands an order's attachment back byte for byte: with the type its content was found to be, always as a download
 * ({@code Content-Disposition: attachment}, never shown inline in our pages' origin), and never cached.
 */
@WebServlet("/attachments/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT}))
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The address of an attachment, under the context path. */
    public static String path(long attachmentId) {
        return "/attachments/" + attachmentId;
    }

    @Inject
    OrderAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OrderAttachments.Download> download =
                idOf(request.getPathInfo()).flatMap(attachments::download);
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such attachment.");
            return;
        }
        var attachment = download.get().attachment();
        byte[] content = download.get().content();
        response.setContentType(attachment.getMediaType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", contentDisposition(attachment.getFileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    private static Optional<Long> idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }

    /** RFC 6266: a plain ASCII name for old clients, the exact name in UTF-8 for the rest. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
