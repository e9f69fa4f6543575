package io.ordertrail.review.web;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.TextPdf;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.review.application.ReviewFigures;
import io.ordertrail.review.application.ReviewReports;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.infrastructure.ReviewText;
import io.ordertrail.review.infrastructure.ReviewWorkbook;
import io.ordertrail.security.CurrentUser;
import io.ordertrail.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The review of a period as a workbook ({@code /review/report.xlsx}) or a PDF report ({@code /review/report.pdf}),
 * for the period the dashboard shows: {@code ?period=MONTH&day=2031-03-01}, or {@code ?period=CUSTOM&first=…&last=…}.
 */
@WebServlet({ReviewDownload.XLSX, ReviewDownload.PDF, ReviewDownload.KEPT + "/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.MANAGER))
public class ReviewDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String XLSX = "/review/report.xlsx";
    static final String PDF = "/review/report.pdf";
    /** A kept report's PDF as it was mailed: {@code /review/kept/12}. */
    static final String KEPT = "/review/kept";

    @Inject
    CurrentUser currentUser;

    @Inject
    ReviewFigures figures;

    @Inject
    ReviewReports reports;

    @Inject
    BusinessClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (KEPT.equals(request.getServletPath())) {
            keptReport(request.getPathInfo(), response);
            return;
        }
        ReviewPeriod period;
        try {
            period = ReviewPeriod.parse(
                    request.getParameter("period"),
                    request.getParameter("day"),
                    request.getParameter("first"),
                    request.getParameter("last"),
                    clock.today());
        } catch (IllegalArgumentException wrong) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, ReviewPeriod.Unreadable.said(wrong, texts()));
            return;
        }
        ReviewReport report = figures.report(period);
        Texts texts = texts();
        String name = "review-" + period.first() + "-to-" + period.last();
        byte[] content;
        if (PDF.equals(request.getServletPath())) {
            content = TextPdf.render(ReviewText.title(report, texts), ReviewText.of(report, texts));
            response.setContentType("application/pdf");
            name += ".pdf";
        } else {
            content = ReviewWorkbook.of(report, texts);
            response.setContentType(ReviewWorkbook.CONTENT_TYPE);
            name += ".xlsx";
        }
        send(response, name, content);
    }

    /** The person's language: the one chosen on their account, else their browser's. */
    private Texts texts() {
        return Texts.in(currentUser.getLocale());
    }

    private void keptReport(String pathInfo, HttpServletResponse response) throws IOException {
        var pdf = pathInfo != null && pathInfo.matches("/[0-9]{1,18}")
                ? reports.pdf(Long.parseLong(pathInfo.substring(1)), currentUser.getLocale())
                : java.util.Optional.<ReviewReports.Pdf>empty();
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such report.");
            return;
        }
        response.setContentType("application/pdf");
        send(response, pdf.get().fileName(), pdf.get().content());
    }

    private static void send(HttpServletResponse response, String fileName, byte[] content) throws IOException {
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}
