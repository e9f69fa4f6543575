package io.ordertrail.review.web;

import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.review.application.PeriodicReviews;
import io.ordertrail.review.application.Worklists;
import io.ordertrail.review.domain.ReviewAction;
import io.ordertrail.review.domain.WorkCount;
import io.ordertrail.security.CurrentUser;
import io.ordertrail.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page: each of the person's roles as a section of counts, each linking to its list, refreshed while the
 * page is open.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklists worklists;

    @Inject
    CurrentUser user;

    @Inject
    PeriodicReviews reviews;

    private List<Section> sections = List.of();
    private List<ReviewAction> actions = List.of();

    /** One block of counts, e.g. the sales person's own orders or the whole desk; its heading is {@code home.section.<id>}. */
    public record Section(String id, List<WorkCount> counts) implements Serializable {

        public String getId() {
            return id;
        }

        public List<WorkCount> getCounts() {
            return counts;
        }
    }

    @PostConstruct
    public void refresh() {
        List<Section> found = new ArrayList<>();
        if (user.hasRole(Roles.SALES)) {
            found.add(new Section("sales", worklists.forSales()));
        }
        if (user.isManager()) {
            found.add(new Section("desk", worklists.forManager()));
            found.add(new Section("stuck", worklists.stuck()));
        }
        if (user.isInventory() || user.isManager()) {
            found.add(new Section("inventory", worklists.forTeam(Team.INVENTORY)));
        }
        if (user.isFulfillment() || user.isManager()) {
            found.add(new Section("fulfillment", worklists.forTeam(Team.FULFILLMENT)));
        }
        if (user.isAdmin()) {
            found.add(new Section("admin", worklists.forAdmin()));
        }
        sections = List.copyOf(found);
        actions = reviews.myOpenActions();
    }

    /** The actions of periodic reviews the person owns and has not done. */
    public List<ReviewAction> getActions() {
        return actions;
    }

    public void done(ReviewAction action) {
        try {
            reviews.done(action.getId());
            Messages.infoOnThisPage(PageLanguage.texts().get("home.markedDone", action.getDescription()));
        } catch (InputRejected rejected) {
            Messages.errors("actionsForm", rejected.getProblems());
        }
        refresh();
    }

    public List<Section> getSections() {
        return sections;
    }
}
