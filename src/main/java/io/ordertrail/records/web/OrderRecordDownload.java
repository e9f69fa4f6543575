package io.ordertrail.records.web;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.records.application.OrderRecords;
import io.ordertrail.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** An order's full record as one ZIP download ({@code /records/order-record.zip?number=…}), never cached. */
@WebServlet("/records/order-record.zip")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.MANAGER, Roles.ADMIN}))
public class OrderRecordDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        if (number == null || !number.matches("[A-Za-z0-9-]{1,20}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Name the order: ?number=ORD-2026-000123");
            return;
        }
        byte[] zip;
        try {
            zip = records.download(number);
        } catch (InputRejected unknown) {
            response.sendError(
                    HttpServletResponse.SC_NOT_FOUND,
                    unknown.getProblems().get(0).message());
            return;
        }
        String name = "order-record-" + number.toUpperCase(java.util.Locale.ROOT) + ".zip";
        response.setContentType("application/zip");
        response.setContentLengthLong(zip.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(zip);
    }
}
