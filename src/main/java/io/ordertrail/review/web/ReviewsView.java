package io.ordertrail.review.web;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.review.application.PeriodicReviews;
import io.ordertrail.review.domain.PeriodicReview;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.SopRevision;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The manager's page of review records: record a review with its actions, past reviews, and the SOP revision log. */
@Named
@ViewScoped
public class ReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeriodicReviews reviews;

    @Inject
    BusinessClock clock;

    private String period = "MONTH";
    private LocalDate day;
    private String findings;
    private final List<ActionRow> actions = new ArrayList<>();

    private Long revisionReview;
    private LocalDate effectiveOn;
    private String whatChanged;
    private String why;

    private List<PeriodicReview> past;
    private List<SopRevision> revisions;

    /** One action as it is entered. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String owner;
        private LocalDate due;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    @PostConstruct
    void start() {
        day = clock.today().minusMonths(1);
        effectiveOn = clock.today();
        actions.add(new ActionRow());
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void record() {
        try {
            ReviewPeriod p = ReviewPeriod.parse(period, day == null ? null : day.toString(), null, null, clock.today());
            PeriodicReview review = reviews.record(
                    p,
                    findings,
                    actions.stream()
                            .filter(a -> !(isBlank(a.description) && isBlank(a.owner) && a.due == null))
                            .map(a -> new PeriodicReview.ActionDraft(a.description, a.owner, a.due))
                            .toList());
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            "reviews.recordedMessage",
                            review.getPeriod().label(PageLanguage.texts()),
                            review.getActions().size()));
            findings = null;
            actions.clear();
            actions.add(new ActionRow());
            past = null;
        } catch (InputRejected rejected) {
            Messages.errors("recordForm", rejected.getProblems());
        } catch (IllegalArgumentException wrong) {
            Messages.error("recordForm:day", ReviewPeriod.Unreadable.said(wrong, PageLanguage.texts()));
        }
    }

    public void revise() {
        try {
            reviews.revise(revisionReview, effectiveOn, whatChanged, why);
            Messages.infoOnThisPage(PageLanguage.texts().get("reviews.revised"));
            whatChanged = null;
            why = null;
            revisions = null;
        } catch (InputRejected rejected) {
            Messages.errors("revisionForm", rejected.getProblems());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public List<PeriodicReview> getPast() {
        if (past == null) {
            past = reviews.past();
        }
        return past;
    }

    public List<SopRevision> getRevisions() {
        if (revisions == null) {
            revisions = reviews.revisions();
        }
        return revisions;
    }

    public List<String> getOwners() {
        return reviews.possibleOwners();
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public Long getRevisionReview() {
        return revisionReview;
    }

    public void setRevisionReview(Long revisionReview) {
        this.revisionReview = revisionReview;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public void setWhatChanged(String whatChanged) {
        this.whatChanged = whatChanged;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
