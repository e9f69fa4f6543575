package io.ordertrail.review.application;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.TextPdf;
import io.ordertrail.platform.originals.OriginalContent;
import io.ordertrail.platform.originals.OriginalKind;
import io.ordertrail.platform.originals.OriginalLink;
import io.ordertrail.platform.originals.Originals;
import io.ordertrail.review.domain.KeptReport;
import io.ordertrail.review.domain.ReportMailing;
import io.ordertrail.review.domain.ReportSchedule;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.infrastructure.ReviewReportMailer;
import io.ordertrail.review.infrastructure.ReviewText;
import io.ordertrail.security.Roles;
import io.ordertrail.security.StaffDirectory;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The scheduled review report (SOP section 6): when a period's report is due, it is made once, kept (its PDF as an
 * original, on the list of reports) and mailed to every manager with an email address; a mail that did not go out is
 * tried again at the next run, its error on the list meanwhile.
 */
@Stateless
@DenyAll
public class ReviewReports {

    private static final Logger LOG = Logger.getLogger(ReviewReports.class.getName());

    static final String SUBJECT_TYPE = "REVIEW";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewFigures figures;

    @Inject
    Originals originals;

    @Inject
    StaffDirectory staff;

    @Inject
    ReviewReportMailer mailer;

    @Inject
    ReviewSettings settings;

    @Inject
    BusinessClock clock;

    /** The reports kept, the newest period first. */
    @RolesAllowed(Roles.MANAGER)
    public List<KeptReport> kept() {
        return em.createQuery("select r from KeptReport r order by r.firstDay desc, r.id desc", KeptReport.class)
                .setMaxResults(100)
                .getResultList();
    }

    /** A kept report's PDF, as it was mailed. */
    @RolesAllowed(Roles.MANAGER)
    public Optional<Pdf> pdf(long reportId) {
        return Optional.ofNullable(em.find(KeptReport.class, reportId))
                .flatMap(r -> originals.content(r.getContentHash()).map(c -> new Pdf(r.getFileName(), c.getContent())));
    }

    public record Pdf(String fileName, byte[] content) {}

    /**
     * Makes the report that is due by now, if it is not kept yet, and mails every report's unsent mails.
     *
     * @return how many mails went out
     */
    @RolesAllowed(Roles.MANAGER)
    public int sendDue() {
        ReportSchedule schedule = settings.reportSchedule();
        schedule.lastDue(clock.localNow()).ifPresent(period -> {
            if (keptFor(period).isEmpty()) {
                make(period);
            }
        });
        int sent = 0;
        for (KeptReport report : em.createQuery(
                        "select distinct r from KeptReport r join r.mailings m"
                                + " where m.mailedAt is null and m.attempts < :max",
                        KeptReport.class)
                .setParameter("max", ReportMailing.MAX_ATTEMPTS)
                .getResultList()) {
            sent += mail(report);
        }
        return sent;
    }

    private Optional<KeptReport> keptFor(ReviewPeriod period) {
        return em.createQuery(
                        "select r from KeptReport r where r.periodKind = :kind and r.firstDay = :first",
                        KeptReport.class)
                .setParameter("kind", period.kind())
                .setParameter("first", period.first())
                .getResultStream()
                .findFirst();
    }

    private void make(ReviewPeriod period) {
        ReviewReport report = figures.report(period);
        byte[] pdf = TextPdf.render(ReviewText.title(report), ReviewText.of(report));
        String fileName = "review-" + period.first() + "-to-" + period.last() + ".pdf";
        OriginalLink link = originals.keep(
                OriginalKind.REVIEW_REPORT,
                SUBJECT_TYPE,
                period.kind() + " " + period.first(),
                "application/pdf",
                fileName,
                pdf);
        KeptReport kept = new KeptReport(period, clock.now(), link.getContentHash(), fileName);
        Map<String, String> managers = staff.emailsOf(Roles.MANAGER);
        if (managers.isEmpty()) {
            LOG.warning(() -> "The review report of " + period.label()
                    + " is kept but mailed to nobody: no manager has an email address (set one on the Users page)");
        }
        managers.forEach(kept::mailTo);
        em.persist(kept);
        em.flush();
    }

    private int mail(KeptReport report) {
        byte[] pdf = originals
                .content(report.getContentHash())
                .map(OriginalContent::getContent)
                .orElseThrow(() -> new IllegalStateException(
                        "The PDF of the review report " + report.getPeriodLabel() + " is no longer kept"));
        String subject = "Order desk review: " + report.getPeriodLabel();
        String text = "The order desk's review of " + report.getPeriodLabel() + " ("
                + report.getPeriod().first() + " to " + report.getPeriod().last()
                + ") is attached. The figures and the orders behind them are on the Review page.\n";
        int sent = 0;
        for (ReportMailing mailing : report.getMailings()) {
            if (!mailing.isDue()) {
                continue;
            }
            try {
                mailer.send(mailing.getEmail(), subject, text, report.getFileName(), pdf);
                mailing.sent(clock.now());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                mailing.failed(e.getMessage());
                LOG.warning(() -> "The review report of " + report.getPeriodLabel() + " was not mailed to "
                        + mailing.getRecipient() + " (attempt " + mailing.getAttempts() + "): " + e.getMessage());
            }
        }
        return sent;
    }
}
