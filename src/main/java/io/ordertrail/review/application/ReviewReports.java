package io.ordertrail.review.application;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.TextPdf;
import io.ordertrail.platform.i18n.Texts;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** A kept report's PDF, as it was mailed: the copy in the language, if one went out in it, else its own. */
    @RolesAllowed(Roles.MANAGER)
    public Optional<Pdf> pdf(long reportId, Locale language) {
        return Optional.ofNullable(em.find(KeptReport.class, reportId))
                .flatMap(r -> originals
                        .content(r.contentHashIn(language))
                        .map(c -> new Pdf(r.getFileName(), c.getContent())));
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

    /**
     * Makes the period's report and keeps it: its own copy in the desk's language (English), and a copy in the
     * language of each manager who chose another, mailed to them.
     */
    private void make(ReviewPeriod period) {
        ReviewReport report = figures.report(period);
        String fileName = "review-" + period.first() + "-to-" + period.last() + ".pdf";
        Map<Locale, String> copies = new HashMap<>();
        Locale desk = Texts.SUPPORTED.get(0);
        KeptReport kept = new KeptReport(period, clock.now(), copy(report, fileName, desk, copies), fileName);
        Map<String, StaffDirectory.Reachable> managers = staff.emailsOf(Roles.MANAGER);
        if (managers.isEmpty()) {
            LOG.warning(() -> "The review report of " + period.label()
                    + " is kept but mailed to nobody: no manager has an email address (set one on the Users page)");
        }
        managers.forEach((manager, reachable) -> {
            Locale language = reachable.language().orElse(desk);
            kept.mailTo(manager, reachable.email(), language, copy(report, fileName, language, copies));
        });
        em.persist(kept);
        em.flush();
    }

    /** The report's copy in the language, made and kept once: its content's hash. */
    private String copy(ReviewReport report, String fileName, Locale language, Map<Locale, String> copies) {
        return copies.computeIfAbsent(language, l -> {
            Texts texts = Texts.in(l);
            byte[] pdf = TextPdf.render(ReviewText.title(report, texts), ReviewText.of(report, texts));
            OriginalLink link = originals.keep(
                    OriginalKind.REVIEW_REPORT,
                    SUBJECT_TYPE,
                    report.period().kind() + " " + report.period().first(),
                    "application/pdf",
                    fileName,
                    pdf);
            return link.getContentHash();
        });
    }

    private int mail(KeptReport report) {
        int sent = 0;
        for (ReportMailing mailing : report.getMailings()) {
            if (!mailing.isDue()) {
                continue;
            }
            String contentHash = mailing.getContentHash() == null ? report.getContentHash() : mailing.getContentHash();
            byte[] pdf = originals
                    .content(contentHash)
                    .map(OriginalContent::getContent)
                    .orElseThrow(() -> new IllegalStateException(
                            "The PDF of the review report " + report.getPeriodLabel() + " is no longer kept"));
            Texts texts = Texts.in(mailing.getLanguage());
            String subject = ReviewText.title(report.getPeriod(), texts);
            String text = ReviewText.mail(report.getPeriod(), texts);
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
