package io.ordertrail.devstack;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The fault drills' ERP system: sends UBL orders (the OASIS example, each with an ID of its own) to
 * {@code erp.orders.in} as the demo partner, at a steady rate, and collects the OrderResponses on a reply queue of
 * its own. It sends as an Artemis client should over an unreliable link: with a duplicate-detection id, sent again
 * with the same id until the broker takes it, so that a document the broker had already taken is dropped by the
 * broker rather than taken twice.
 */
final class DrillErp {

    private static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";
    private static final Pattern DOCUMENT = Pattern.compile("DRILL-[0-9a-f-]{36}");

    private final String url;
    private final String example;
    private final Consumer<String> note;
    private final Map<String, Instant> sent = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> answers = new ConcurrentHashMap<>();
    private final List<String> strayAnswers = new CopyOnWriteArrayList<>();
    private final AtomicInteger failedSends = new AtomicInteger();
    private final AtomicInteger deliveredAgain = new AtomicInteger();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final String replies = "erp.answers.demo-erp.drill-" + UUID.randomUUID();
    private ActiveMQConnectionFactory factory;
    private JMSContext listening;

    /** A partner on the broker(s) at {@code url} (a client URL, with fail-over for a pair). */
    DrillErp(String url, String example, Consumer<String> note) {
        this.url = url;
        this.example = example;
        this.note = note;
    }

    /** Starts listening for answers; the demo partner's reply queues are its own ({@code erp.answers.demo-erp.*}). */
    void listen() {
        factory = new ActiveMQConnectionFactory(url, "demo-erp", "demo-erp-password");
        listening = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
        JMSConsumer consumer = listening.createConsumer(listening.createQueue(replies));
        consumer.setMessageListener(this::answered);
    }

    private void answered(Message message) {
        try {
            String text = ((TextMessage) message).getText();
            String id = message.getStringProperty(DUPLICATE_DETECTION_ID);
            Matcher document = DOCUMENT.matcher(text);
            if (!document.find()) {
                strayAnswers.add(text.length() > 200 ? text.substring(0, 200) : text);
            } else if (!answers.computeIfAbsent(document.group(), d -> ConcurrentHashMap.newKeySet())
                    .add(id == null ? message.getJMSMessageID() : id)) {
                deliveredAgain.incrementAndGet(); // the same answer again: the client's acknowledgement was lost
            }
            message.acknowledge();
        } catch (JMSException e) {
            note.accept("an ERP answer could not be read: " + e);
        }
    }

    /** Sends a document every {@code 1 / rate} seconds until {@link #stop()}; run it on a thread of its own. */
    void load(double rate) {
        long pause = Math.round(1000 / rate);
        try (JMSContext jms = factory.createContext()) {
            Queue in = jms.createQueue("erp.orders.in");
            Queue answerTo = jms.createQueue(replies);
            while (loading.get()) {
                String id = "DRILL-" + UUID.randomUUID();
                String document = example.replaceFirst("<cbc:ID>34</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>");
                while (true) {
                    try {
                        jms.createProducer()
                                .setJMSReplyTo(answerTo)
                                .setProperty(DUPLICATE_DETECTION_ID, id)
                                .send(in, document);
                        break;
                    } catch (JMSRuntimeException brokerLost) {
                        // a fail-over under the send: the same document again, which the broker drops if it has it
                        failedSends.incrementAndGet();
                        Thread.sleep(500);
                    }
                }
                sent.put(id, Instant.now());
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            note.accept("the ERP load stopped: " + e);
        }
    }

    void stop() {
        loading.set(false);
    }

    int sent() {
        return sent.size();
    }

    /** Documents sent that have no answer yet. */
    List<String> unanswered() {
        return sent.keySet().stream().filter(id -> !answers.containsKey(id)).toList();
    }

    /** Documents answered more than once: answered again when inventory moved the promised date. */
    long answeredAgain() {
        return answers.values().stream().filter(set -> set.size() > 1).count();
    }

    int failedSends() {
        return failedSends.get();
    }

    int deliveredAgain() {
        return deliveredAgain.get();
    }

    List<String> strayAnswers() {
        return strayAnswers;
    }

    /** How long ago the first document still unanswered was sent: how late the ERP channel is. */
    Duration oldestUnanswered() {
        Instant now = Instant.now();
        return sent.entrySet().stream()
                .filter(e -> !answers.containsKey(e.getKey()))
                .map(e -> Duration.between(e.getValue(), now))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** Whether a document sent after {@code since} has been answered. */
    boolean answeredSince(Instant since) {
        return sent.entrySet().stream().anyMatch(e -> e.getValue().isAfter(since) && answers.containsKey(e.getKey()));
    }

    /**
     * The documents' records in the database: each document taken exactly once (one row in erp_document), and the
     * orders they made; problems are added to {@code problems}.
     */
    List<String> ordersTaken(Map<String, String> appEnv, List<String> problems) throws SQLException {
        Map<String, List<String>> taken = new ConcurrentHashMap<>();
        try (Connection db = BenchEnvironment.database(appEnv);
                ResultSet rows = db.createStatement()
                        .executeQuery("select document_id, order_number from erp_document"
                                + " where document_id like 'DRILL-%'")) {
            while (rows.next()) {
                taken.computeIfAbsent(rows.getString(1), d -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        List<String> numbers = new ArrayList<>();
        for (String id : sent.keySet()) {
            List<String> orders = taken.getOrDefault(id, List.of());
            if (orders.size() != 1) {
                problems.add(id + ": taken " + orders.size() + " times");
            } else if (orders.get(0) == null) {
                problems.add(id + ": taken, but no order recorded");
            } else {
                numbers.add(orders.get(0));
            }
        }
        return numbers;
    }

    void close() {
        if (listening != null) {
            listening.close();
        }
        if (factory != null) {
            factory.close();
        }
    }
}
