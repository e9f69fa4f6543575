package io.ordertrail.records.web;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.records.application.AuditCsv;
import io.ordertrail.records.application.AuditQueries;
import io.ordertrail.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail search as CSV ({@code /records/audit.csv} with the page's search as parameters: type, id, actor,
 * kind, from, to), streamed a thousand entries at a time, so that millions of entries export without holding them.
 */
@WebServlet("/records/audit.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.MANAGER, Roles.ADMIN}))
public class AuditCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    @Inject
    AuditQueries queries;

    @Inject
    BusinessClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQueries.Search search;
        try {
            LocalDate from = date(request.getParameter("from"));
            LocalDate to = date(request.getParameter("to"));
            search = new AuditQueries.Search(
                    request.getParameter("type"),
                    request.getParameter("id"),
                    request.getParameter("actor"),
                    request.getParameter("kind"),
                    from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                    to == null
                            ? null
                            : to.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Give from and to as dates, such as 2026-11-30.");
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail-" + clock.today() + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter printer = AuditCsv.printer(out);
        long before = Long.MAX_VALUE;
        List<AuditQueries.Sealed> page;
        do {
            page = queries.before(search, before, PAGE);
            for (AuditQueries.Sealed row : page) {
                AuditCsv.print(printer, row.entry(), row.seal());
                before = row.entry().getId();
            }
            printer.flush();
        } while (page.size() == PAGE);
        out.flush();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
