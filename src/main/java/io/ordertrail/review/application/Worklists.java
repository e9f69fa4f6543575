package io.ordertrail.review.application;

import io.ordertrail.communication.application.OrderConfirmations;
import io.ordertrail.erp.application.ErpRejections;
import io.ordertrail.fulfillment.application.FulfillmentWork;
import io.ordertrail.handover.application.DeadLetters;
import io.ordertrail.handover.application.HandoverReceipts;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.application.OrderNotes;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.NeedsAttention;
import io.ordertrail.orders.domain.NoteAudience;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.health.BrokerReadiness;
import io.ordertrail.platform.health.DatabaseReadiness;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.review.domain.WorkCount;
import io.ordertrail.security.Roles;
import io.ordertrail.security.UserAccounts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Each role's work as counts, for its home page (issue 17): what waits for the person or their team, each with the
 * page that lists exactly those. Sales sees the orders it took; the manager sees the whole desk, what waits for a
 * decision and what is stuck; the administrator sees what keeps the system running.
 */
@Stateless
@DenyAll
public class Worklists {

    private static final String ORDERS = "/orders/list.xhtml?";

    @Inject
    OrderQueries orders;

    @Inject
    OrderConfirmations confirmations;

    @Inject
    OrderNotes notes;

    @Inject
    SpecialRequests specialRequests;

    @Inject
    HandoverReceipts handovers;

    @Inject
    FulfillmentWork fulfillment;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ErpRejections erpRejections;

    @Inject
    UserAccounts accounts;

    @Inject
    @Readiness
    BrokerReadiness broker;

    @Inject
    @Readiness
    DatabaseReadiness database;

    @Inject
    ReviewSettings settings;

    @Inject
    ComplianceChecks compliance;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    /** The orders the calling sales person took that wait for them, and the notes left for sales. */
    @RolesAllowed(Roles.SALES)
    public List<WorkCount> forSales() {
        String me = session.getCallerPrincipal().getName();
        List<WorkCount> work = new ArrayList<>();
        for (NeedsAttention attention : NeedsAttention.values()) {
            work.add(needing(attention, me));
        }
        work.add(WorkCount.of(
                "salesNotes",
                Phrase.of("work.salesNotes"),
                notes.unreadFor(NoteAudience.SALES).size(),
                "/index.xhtml#notesHeading"));
        return work;
    }

    /** The team's handovers to acknowledge (late ones apart), its special requests to review, and its open tasks. */
    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER})
    public List<WorkCount> forTeam(Team team) {
        String page = "/" + team.name().toLowerCase(Locale.ROOT) + "/handovers.xhtml";
        String key = team.name().toLowerCase(Locale.ROOT);
        List<WorkCount> work = new ArrayList<>();
        work.add(WorkCount.of(
                key + "ToAcknowledge",
                Phrase.of("work.toAcknowledge"),
                handovers.countToAcknowledge(team, null),
                page));
        work.add(WorkCount.late(
                key + "LateAcknowledgements",
                Phrase.of("work.lateAcknowledgements", hours(settings.acknowledgeWithin())),
                handovers.countToAcknowledge(team, settings.acknowledgeWithin()),
                page));
        work.add(WorkCount.of(
                key + "Requests",
                Phrase.of("work.requests"),
                specialRequests.countWaitingFor(team, false),
                page + "#requestsHeading"));
        work.add(WorkCount.late(
                key + "LateRequests",
                Phrase.of("work.lateRequests"),
                specialRequests.countWaitingFor(team, true),
                page + "#requestsHeading"));
        if (team == Team.FULFILLMENT) {
            work.add(WorkCount.of(
                    "fulfillmentTasks",
                    Phrase.of("work.fulfillmentTasks"),
                    fulfillment.countOpen(null),
                    "/fulfillment/tasks.xhtml"));
        }
        return work;
    }

    /**
     * The whole desk: the orders that wait for anyone, the double-checks and escalations that wait for a manager,
     * the notes for managers, and the orders stuck at a stage longer than its threshold.
     */
    @RolesAllowed(Roles.MANAGER)
    public List<WorkCount> forManager() {
        List<WorkCount> work = new ArrayList<>();
        for (NeedsAttention attention : NeedsAttention.values()) {
            work.add(needing(attention, null));
        }
        work.add(WorkCount.of(
                "approvals",
                Phrase.of("work.approvals"),
                orders.count(OrderSearch.all().withStatus(OrderStatus.AWAITING_APPROVAL)),
                ORDERS + "status=" + OrderStatus.AWAITING_APPROVAL));
        work.add(WorkCount.late(
                "escalations",
                Phrase.of("work.escalations"),
                specialRequests.countEscalated(),
                "/review/escalations.xhtml"));
        work.add(compliance
                .latest()
                .map(check -> WorkCount.late(
                        "breaches",
                        Phrase.of("work.breaches"),
                        check.getBreaches().size(),
                        "/review/compliance.xhtml"))
                .orElse(WorkCount.of("breaches", Phrase.of("work.breaches.none"), 0, "/review/compliance.xhtml")));
        work.add(WorkCount.of(
                "managerNotes",
                Phrase.of("work.managerNotes"),
                notes.unreadFor(NoteAudience.MANAGER).size(),
                "/index.xhtml#notesHeading"));
        return work;
    }

    /** For each stage watched, the orders standing there longer than its threshold. */
    @RolesAllowed(Roles.MANAGER)
    public List<WorkCount> stuck() {
        List<WorkCount> work = new ArrayList<>();
        for (Map.Entry<OrderStatus, Integer> stage : settings.stuck().hours().entrySet()) {
            work.add(WorkCount.late(
                    "stuck" + stage.getKey().name(),
                    Phrase.of("work.stuck", Phrase.label(stage.getKey()), stage.getValue()),
                    orders.count(OrderSearch.all().stuck(stage.getKey(), Duration.ofHours(stage.getValue()))),
                    ORDERS + "status=" + stage.getKey().name() + "&stuckHours=" + stage.getValue()));
        }
        return work;
    }

    /** Dead letters, ERP documents refused in the last 24 hours, locked sign-ins, and the broker's and database's health. */
    @RolesAllowed(Roles.ADMIN)
    public List<WorkCount> forAdmin() {
        List<WorkCount> work = new ArrayList<>();
        work.add(WorkCount.late(
                "deadLetters", Phrase.of("work.deadLetters"), deadLetters.countWaiting(), "/admin/dead-letters.xhtml"));
        work.add(WorkCount.of(
                "erpRefusals",
                Phrase.of("work.erpRefusals"),
                erpRejections.countSince(clock.now().minus(Duration.ofHours(24))),
                "/admin/erp-rejections.xhtml"));
        work.add(WorkCount.late(
                "locks", Phrase.of("work.locks"), accounts.locks().size(), "/admin/users.xhtml"));
        work.add(WorkCount.health("broker", Phrase.of("work.broker"), isUp(broker.call()), "/health/ready"));
        work.add(WorkCount.health("database", Phrase.of("work.database"), isUp(database.call()), "/health/ready"));
        return work;
    }

    private WorkCount needing(NeedsAttention attention, String recordedBy) {
        StringBuilder id = new StringBuilder();
        for (String word : attention.name().toLowerCase(Locale.ROOT).split("_")) {
            id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        Phrase label = recordedBy == null
                ? Phrase.label(attention)
                : Phrase.of("work.mine", Phrase.labelInSentence(attention));
        long count = orders.count(OrderSearch.needing(attention).recordedBy(recordedBy));
        String link = ORDERS + "attention=" + attention.name() + (recordedBy == null ? "" : "&mine=true");
        return attention == NeedsAttention.CONFIRMATION_FAILED
                ? WorkCount.late(id.toString(), label, count, link)
                : WorkCount.of(id.toString(), label, count, link);
    }

    private static boolean isUp(HealthCheckResponse response) {
        return response.getStatus() == HealthCheckResponse.Status.UP;
    }

    private static String hours(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
