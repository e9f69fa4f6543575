package io.ordertrail.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.OrdertrailCluster;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Ordertrail servers on one database and one broker (issue 22): they share the handover relay's work without
 * sending anything twice, and a scheduled job runs on one of them at a time, moving to the other when its holder dies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    private static final int ORDERS_PER_SERVER = 100;

    private OrdertrailCluster cluster;

    /** The orders the first test took, for the others to work on. */
    private final List<String> taken = new ArrayList<>();

    @BeforeAll
    void startTwoServers() throws Exception {
        cluster = OrdertrailCluster.start(ItEnvironment.dataDir().resolve("two-servers-it"), 2);
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void ordersTakenOnBothServersAreHandedOverOnceEachWithTheRelaysSharingTheWork() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> unsentOutboxMessages() == 0); // the demo data's handovers
        long inventoryBefore = cluster.broker().messagesAdded(Queues.INVENTORY_HANDOVER);
        long fulfillmentBefore = cluster.broker().messagesAdded(Queues.FULFILLMENT_HANDOVER);

        ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sending = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                int server = client % 2 + 1; // two clients on each server
                sending.add(clients.submit(() -> {
                    ApiClient api = ApiClient.integration(cluster.baseUri(server));
                    for (int i = 0; i < ORDERS_PER_SERVER / 2; i++) {
                        numbers.add(orderConfirmed(api, server));
                    }
                    return null;
                }));
            }
            for (Future<?> client : sending) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(numbers).hasSize(2 * ORDERS_PER_SERVER).doesNotHaveDuplicates();
        taken.addAll(numbers);

        // every confirmation sent, and every handover message it led to reached its team once: as many receipts as
        // messages
        await().atMost(Duration.ofSeconds(120))
                .until(() -> countPerOrder(
                                "select status, count(*) from communication where order_number in (%s) group by status",
                                numbers)
                        .equals(Map.of("SENT", (long) numbers.size())));
        await().atMost(Duration.ofSeconds(60)).until(() -> unsentOutboxMessages() == 0);
        Map<String, Long> messages = countPerOrder(
                "select destination, count(*) from outbox_message where message_group in (%s) group by destination",
                numbers);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> countPerOrder(
                                "select team, count(*) from handover_receipt where order_number in (%s) group by team",
                                numbers)
                        .equals(Map.of(
                                "INVENTORY", messages.get(Queues.INVENTORY_HANDOVER),
                                "FULFILLMENT", messages.get(Queues.FULFILLMENT_HANDOVER))));
        assertThat(countPerOrder(
                        "select team, count(distinct order_number) from handover_receipt where order_number in (%s)"
                                + " group by team",
                        numbers))
                .as("each order reached both teams")
                .isEqualTo(Map.of("INVENTORY", (long) numbers.size(), "FULFILLMENT", (long) numbers.size()));
        assertThat(cluster.broker().messagesAdded(Queues.INVENTORY_HANDOVER) - inventoryBefore)
                .as("messages the broker took onto inventory's queue: each handover once, no copy")
                .isEqualTo(messages.get(Queues.INVENTORY_HANDOVER));
        assertThat(cluster.broker().messagesAdded(Queues.FULFILLMENT_HANDOVER) - fulfillmentBefore)
                .as("messages the broker took onto fulfillment's queue: each handover once, no copy")
                .isEqualTo(messages.get(Queues.FULFILLMENT_HANDOVER));
        assertThat(claimedBy("outbox_message", "message_group", numbers))
                .as("both relays sent some of the handovers, and nobody else")
                .containsOnlyKeys(OrdertrailCluster.name(1), OrdertrailCluster.name(2));
        assertThat(claimedBy("communication", "order_number", numbers))
                .as("both relays sent some of the confirmations, and nobody else")
                .containsOnlyKeys(OrdertrailCluster.name(1), OrdertrailCluster.name(2));
        for (int server = 1; server <= 2; server++) {
            assertThat(Files.readString(cluster.log(server)))
                    .as("server-%d never sent a message another server had sent", server)
                    .doesNotContain("had been sent by another server too");
        }
        assertThat(cluster.broker().messageCount(Queues.DEAD_LETTERS)).isIn(0L, -1L);
    }

    @Test
    @Order(2)
    void aNoteLeftOnOneServerAppearsOnTheOpenPageOfSomeoneOnTheOtherWithoutAReload() throws Exception {
        assertThat(taken).as("the first test took orders").isNotEmpty();
        String number = taken.get(0);
        try (Browser sales = Browser.open(cluster.baseUri(2));
                Browser fulfillment = Browser.open(cluster.baseUri(1))) {
            sales.signInAs("sales"); // the home page, with the notes left for sales
            assertThat(sales.text("teamNotesForm:teamNotes")).doesNotContain(number);
            sales.script("window.stillTheSamePage = true;");

            fulfillment.signInAs("fulfillment").go("/fulfillment/handovers.xhtml");
            String text = "Pallet for " + number + " leaves from the north dock " + UUID.randomUUID();
            fulfillment
                    .type("writeNoteForm:orderNumber", number)
                    .type("writeNoteForm:noteText", text)
                    .click("writeNoteForm:write");
            assertThat(fulfillment.text("writeNoteForm:writeNoteMessages"))
                    .contains("Note on " + number + " left for sales.");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> sales.text("teamNotesForm:teamNotes").contains(text));
            assertThat(sales.script("return window.stillTheSamePage === true;"))
                    .as("the note reached server-2's page by push, not by reloading it")
                    .isEqualTo(true);
            sales.screenshot("note-pushed-from-the-other-server");
            sales.assertNoJavaScriptErrors();
        }
    }

    @Test
    @Order(3)
    void failedSignInsOnBothServersCountTogetherAndLockTheNameOnBoth() throws Exception {
        String guessed = "cluster-guess-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient guessing1 = new ApiClient(cluster.baseUri(1), guessed, "wrong-password");
        ApiClient guessing2 = new ApiClient(cluster.baseUri(2), guessed, "wrong-password");
        // one failure on server-2, then the others on server-1 until it locks the name: five failures in all
        HttpResponse<String> failed = guessing2.get("products");
        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(failed.headers().firstValue(ClusterMember.SERVED_BY))
                .as("a caller not signed in is not told which server answered")
                .isEmpty();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> answer = guessing1.get("products");
            return answer.statusCode() == 429 && answer.body().contains("locked");
        });
        // server-2 counted server-1's failures with its own, and refuses the name without checking a password
        HttpResponse<String> locked = guessing2.get("products");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("locked");
    }

    @Test
    @Order(4)
    void throughTheLoadBalancerASessionGoesOnOnTheOtherServerWhenItsServerDies() throws Exception {
        assertThat(taken).as("the first test took orders").isNotEmpty();
        String number = taken.get(1);
        URI balanced = cluster.loadBalancer().uri();
        int dying = 0;
        try (Browser first = Browser.open(balanced);
                Browser second = Browser.open(balanced)) {
            first.signInAs("sales");
            second.signInAs("sales");
            assertThat(Set.of(servedBy(first), servedBy(second)))
                    .as("the load balancer sends the two sign-ins to the two servers")
                    .containsExactlyInAnyOrder(OrdertrailCluster.name(1), OrdertrailCluster.name(2));

            first.go("/orders/order.xhtml?number=" + number);
            String serving = servedBy(first);
            dying = serving.equals(OrdertrailCluster.name(1)) ? 1 : 2;
            String note = "Customer rang while server " + serving + " was down " + UUID.randomUUID();
            first.type("notesForm:noteText", note);
            cluster.kill(dying);

            // the next click, on the page the dead server drew: the other server has the session and the page's state
            first.click("notesForm:addNote");
            await().atMost(Duration.ofSeconds(30))
                    .ignoreException(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(() -> first.text("notesForm:notes").contains(note));
            assertThat(first.currentUrl())
                    .as("still on the order, not sent to sign in")
                    .contains("/orders/order.xhtml");
            assertThat(first.byId("problemDialog").isDisplayed())
                    .as("no error dialog")
                    .isFalse();
            try (Connection db = cluster.database();
                    PreparedStatement written = db.prepareStatement(
                            "select count(*) from order_note where note_text = ? and written_by = 'sales'")) {
                written.setString(1, note);
                try (ResultSet row = written.executeQuery()) {
                    row.next();
                    assertThat(row.getLong(1)).as("the note, stored once").isEqualTo(1);
                }
            }
            first.go("/orders/order.xhtml?number=" + number);
            assertThat(servedBy(first))
                    .as("the page is now drawn by the other server")
                    .isEqualTo(OrdertrailCluster.name(3 - dying));
            assertThat(first.text("notesForm:notes")).contains(note);
            first.screenshot("session-went-on-on-the-other-server");
            first.assertNoJavaScriptErrors();
        } finally {
            if (dying > 0) {
                cluster.restart(dying); // both servers again, for the next test
            }
        }
    }

    /** The server that drew the page open in the browser: its name at the foot of every page. */
    private static String servedBy(Browser browser) {
        String foot = browser.text("servedBy");
        return foot.substring(foot.lastIndexOf(' ') + 1);
    }

    @Test
    @Order(5)
    void theEscalationJobRunsOnOneServerAtATimeAndMovesToTheOtherWhenItsServerDies() throws Exception {
        String job = "special-request-escalation";
        // the lease as a live server renews it: the test before may have killed and restarted the holder, and
        // until its lease ran out, or it renewed it, the row named a server that was not running it
        Timestamp testStart = new Timestamp(System.currentTimeMillis());
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Lease now = lease(job);
            return now != null && now.takenAt().after(testStart);
        });
        Lease first = lease(job);

        // with both servers up, the holder renews its lease at each of its turns (3 s here); the other never takes it
        Set<Timestamp> turns = new HashSet<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Lease now = lease(job);
                    assertThat(now.holder())
                            .as("the job's holder while both servers run")
                            .isEqualTo(first.holder());
                    turns.add(now.takenAt());
                    return turns.size() >= 3;
                });

        int holder = first.holder().equals(OrdertrailCluster.name(1)) ? 1 : 2;
        String other = OrdertrailCluster.name(3 - holder);
        cluster.kill(holder);
        Timestamp killed = new Timestamp(System.currentTimeMillis());

        // the lease (three turns) runs out, and the other server's next turn takes the job over and keeps it
        await().atMost(Duration.ofSeconds(90))
                .until(() -> other.equals(lease(job).holder()));
        Timestamp takenOver = lease(job).takenAt();
        assertThat(takenOver).isAfter(killed);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> other.equals(lease(job).holder())
                        && lease(job).takenAt().after(takenOver));
    }

    record Lease(String holder, Timestamp takenAt) {}

    private Lease lease(String job) throws SQLException {
        try (Connection db = cluster.database();
                PreparedStatement query = db.prepareStatement(
                        "select holder, taken_at from job_lease where job = ? and holder is not null")) {
            query.setString(1, job);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Lease(row.getString(1), row.getTimestamp(2)) : null;
            }
        }
    }

    private long unsentOutboxMessages() throws SQLException {
        try (Connection db = cluster.database();
                ResultSet row = db.createStatement()
                        .executeQuery("select count(*) from outbox_message where sent_at is null")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Rows of these orders per server that claimed them: outbox messages, confirmations. */
    private Map<String, Long> claimedBy(String table, String orderColumn, Iterable<String> numbers)
            throws SQLException {
        return countPerOrder(
                "select coalesce(claimed_by, '(nobody)'), count(*) from " + table + " where " + orderColumn
                        + " in (%s) group by claimed_by",
                numbers);
    }

    private Map<String, Long> countPerOrder(String sql, Iterable<String> numbers) throws SQLException {
        List<String> all = new ArrayList<>();
        numbers.forEach(all::add);
        try (Connection db = cluster.database();
                PreparedStatement query = db.prepareStatement(
                        sql.formatted(String.join(", ", java.util.Collections.nCopies(all.size(), "?"))))) {
            for (int i = 0; i < all.size(); i++) {
                query.setString(i + 1, all.get(i));
            }
            Map<String, Long> counts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        }
    }

    /**
     * An order of a new customer's (so that none is held as a possible duplicate) taken on one server and confirmed
     * by email, which hands it over: its number.
     */
    private static String orderConfirmed(ApiClient api, int server) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String customer = ApiClient.field(
                accepted(server, api.post("customers", """
                {"name":"Cluster customer %s","email":"cluster-%s@example.com",
                 "defaultDeliveryAddress":"%s Harbour Road, Bristol BS1 5TT"}""".formatted(unique, unique, unique))), "customerNumber");
        String number =
                ApiClient.field(accepted(server, api.post("orders", """
                {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":1}],
                 "deliveryAddress":"%s Harbour Road, Bristol BS1 5TT"}""".formatted(customer, unique))), "orderNumber");
        accepted(server, api.post("orders/" + number + "/confirmations", """
                {"email":"cluster-%s@example.com","emailVerification":"read back on the phone"}""".formatted(unique)));
        return number;
    }

    private static HttpResponse<String> accepted(int server, HttpResponse<String> answer) {
        assertThat(answer.statusCode() / 100)
                .as("server-%d answered %d: %s", server, answer.statusCode(), answer.body())
                .isEqualTo(2);
        assertThat(answer.headers().firstValue(ClusterMember.SERVED_BY))
                .as("the answer names its server")
                .contains(OrdertrailCluster.name(server));
        return answer;
    }
}
