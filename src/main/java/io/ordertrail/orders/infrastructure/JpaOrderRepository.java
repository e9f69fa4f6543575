package io.ordertrail.orders.infrastructure;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.Availability;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.CustomerHistory;
import io.ordertrail.orders.domain.CustomerHistory.PastOrder;
import io.ordertrail.orders.domain.NeedsAttention;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderFact;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.DatabaseSequences;
import io.ordertrail.platform.LikePattern;
import io.ordertrail.platform.NativeParameters;
import io.ordertrail.platform.SqlDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Orders in the relational database through JPA; always called inside a service's transaction. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    private static final String ORDER_NUMBER_SEQUENCE = "order_number_seq";
    /** The most earlier orders the cross-check reads; enough to know a customer's habits. */
    private static final int HISTORY_ORDERS = 200;

    private static final Set<String> SORTABLE =
            Set.of("orderNumber", "recordedAt", "status", "channel", "estimatedDate");
    /** A customer filter that matches more customers than this is narrowed to the first ones by name. */
    private static final int MATCHING_CUSTOMERS = 100;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    @Inject
    WordSearch wordSearch;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    SqlDialect dialect;

    @Override
    public OrderNumber nextOrderNumber() {
        return OrderNumber.of(clock.today().getYear(), DatabaseSequences.next(em, ORDER_NUMBER_SEQUENCE));
    }

    @Override
    public void store(Order order) {
        em.persist(order);
    }

    @Override
    public Optional<Order> find(OrderNumber orderNumber) {
        return em.createQuery("select o from Order o join fetch o.customer where o.orderNumber = :n", Order.class)
                .setParameter("n", orderNumber.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Order> findForChange(OrderNumber orderNumber) {
        // locked until the transaction ends: two people changing one order are taken one after the other, and the
        // second finds the version the first made
        return em.createQuery("select o from Order o where o.orderNumber = :n", Order.class)
                .setParameter("n", orderNumber.value())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Order> page(OrderSearch search, String sortField, boolean ascending, int first, int size) {
        String direction = ascending ? " asc" : " desc";
        String order = sortField != null && SORTABLE.contains(sortField)
                ? " order by o." + sortField + direction + ", o.id" + direction
                : " order by o.recordedAt desc, o.id desc";
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        if (where == null) {
            return List.of();
        }
        TypedQuery<Order> query =
                em.createQuery("select o from Order o join fetch o.customer c" + where + order, Order.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrderSearch search) {
        Map<String, Object> parameters = new HashMap<>();
        return count(where(search, parameters), parameters);
    }

    private long count(String where, Map<String, Object> parameters) {
        if (where == null) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(o) from Order o" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** From this many orders on, all of them are estimated rather than counted (PostgreSQL only). */
    static final long ESTIMATED_FROM = 100_000;

    @Override
    public ListCount countForList(OrderSearch search, int countedAtMost) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        if ("".equals(where) && dialect.database() == SqlDialect.Database.POSTGRESQL) {
            // the planner's own estimate: rows per page at the last analysis, times the pages the table has now
            Number estimate = (Number) em.createNativeQuery("select case when c.reltuples > 0 and c.relpages > 0"
                            + " then round(c.reltuples / c.relpages * (pg_relation_size(c.oid)"
                            + " / current_setting('block_size')::int)) else -1 end"
                            + " from pg_class c where c.oid = 'customer_order'::regclass")
                    .getSingleResult();
            if (estimate.longValue() >= ESTIMATED_FROM) {
                return new ListCount(estimate.longValue(), ListCount.Kind.ESTIMATED);
            }
        }
        if (where == null) {
            return new ListCount(0, ListCount.Kind.EXACT);
        }
        // the first countedAtMost + 1 ids only: the database stops reading there
        TypedQuery<Long> ids = em.createQuery("select o.id from Order o" + where, Long.class);
        parameters.forEach(ids::setParameter);
        int found = ids.setMaxResults(countedAtMost + 1).getResultList().size();
        return found > countedAtMost
                ? new ListCount(countedAtMost, ListCount.Kind.MORE_THAN)
                : new ListCount(found, ListCount.Kind.EXACT);
    }

    @Override
    public List<Order> withWords(List<String> words, int first, int size) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Long> ids = wordSearch.page(words, first, size);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Order> byId = new HashMap<>();
        em.createQuery(
                        "select distinct o from Order o join fetch o.customer left join fetch o.lines"
                                + " where o.id in :ids",
                        Order.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(o -> byId.put(o.getId(), o));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public long countWithWords(List<String> words, long atMost) {
        return words.isEmpty() ? 0 : wordSearch.count(words, atMost);
    }

    /**
     * Each filter narrows through an index: status, channel, customer and date by theirs, a flag by its type.
     * The customers are looked up first, so that their orders are read through the customer index; null when no
     * customer matches and so no order can.
     */
    private String where(OrderSearch search, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (search.orderNumber() != null && !search.orderNumber().isBlank()) {
            conditions.add("o.orderNumber = :number");
            parameters.put("number", normalisedOrderNumber(search.orderNumber()));
        }
        if (search.customer() != null && !search.customer().isBlank()) {
            List<Long> customers = em.createQuery(
                            "select k.id from Customer k where k.customerNumber = :number"
                                    + " or lower(k.name) like :name escape '!'",
                            Long.class)
                    .setParameter("number", search.customer().trim().toUpperCase(Locale.ROOT))
                    .setParameter(
                            "name",
                            LikePattern.startingWith(search.customer().trim().toLowerCase(Locale.ROOT)))
                    .setMaxResults(MATCHING_CUSTOMERS)
                    .getResultList();
            if (customers.isEmpty()) {
                return null;
            }
            conditions.add("o.customer.id in :customers");
            parameters.put("customers", customers);
        }
        if (search.status() != null) {
            conditions.add("o.status = :status");
            parameters.put("status", search.status());
        }
        if (search.channel() != null) {
            conditions.add("o.channel = :channel");
            parameters.put("channel", search.channel());
        }
        if (search.from() != null) {
            conditions.add("o.recordedAt >= :from");
            parameters.put(
                    "from", search.from().atStartOfDay().atZone(clock.zone()).toInstant());
        }
        if (search.to() != null) {
            conditions.add("o.recordedAt < :to");
            parameters.put(
                    "to",
                    search.to().plusDays(1).atStartOfDay().atZone(clock.zone()).toInstant());
        }
        // the flag rows on their own (FlagRow): through the order's collection, the orders were joined twice
        if (search.anyFlag()) {
            conditions.add("exists (select g.orderId from FlagRow g where g.orderId = o.id)");
        } else if (search.flags().size() == 1) {
            conditions.add("exists (select g.orderId from FlagRow g where g.orderId = o.id and g.type = :flag)");
            parameters.put("flag", search.flags().iterator().next());
        } else if (!search.flags().isEmpty()) {
            conditions.add("exists (select g.orderId from FlagRow g where g.orderId = o.id and g.type in :flags)");
            parameters.put("flags", search.flags());
        }
        if (search.recordedBy() != null && !search.recordedBy().isBlank()) {
            conditions.add("o.recordedBy = :recordedBy");
            parameters.put("recordedBy", search.recordedBy());
        }
        if (search.attention() != null) {
            conditions.add(needing(search.attention(), parameters));
        }
        if (search.amendedFor() != null) {
            conditions.add("exists (select v.id from OrderVersion v where v.order = o and v.version > 1"
                    + " and v.reasonCode in :amendReasons)");
            parameters.put(
                    "amendReasons",
                    AmendmentReason.of(search.amendedFor()).stream()
                            .map(Enum::name)
                            .toList());
        }
        if (search.fact() != null) {
            conditions.add(having(search.fact(), parameters));
        }
        if (search.atStageLongerThan() != null) {
            if (search.status() == null) {
                conditions.add("o.status in :open");
                parameters.put("open", OrderStatus.open());
            }
            conditions.add("o.statusSince < :stageCutoff");
            parameters.put("stageCutoff", clock.now().minus(search.atStageLongerThan()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The condition of each {@link OrderFact}, as the review counts it (review.application.ReviewFigures). */
    private static String having(OrderFact fact, Map<String, Object> parameters) {
        String request = "exists (select r.id from SpecialRequest r where r.order = o";
        return switch (fact.kind()) {
            case RECORDED -> "o.firstRecordedAt is not null";
            case DOUBLE_CHECKED -> "o.doubleCheckedAt is not null";
            case CANCELLED_BEFORE_DOUBLE_CHECK -> {
                parameters.put("factCancelled", OrderStatus.CANCELLED);
                yield "o.firstRecordedAt is null and o.status = :factCancelled";
            }
            case CONFIRMED -> "o.firstRecordedAt is not null and o.confirmedAt is not null";
            case ACKNOWLEDGED ->
                "o.firstRecordedAt is not null and o.inventoryAcknowledgedAt is not null"
                        + " and o.fulfillmentAcknowledgedAt is not null";
            case LEFT -> "o.confirmedAt is not null and o.leftAt is not null";
            case AMENDED -> "exists (select v.id from OrderVersion v where v.order = o and v.version > 1)";
            case REASON -> {
                parameters.put("factReason", fact.value());
                yield "exists (select v.id from OrderVersion v where v.order = o and v.version > 1"
                        + " and v.reasonCode = :factReason)";
            }
            case REQUEST -> request + ")";
            case REQUEST_TYPE -> {
                parameters.put("factRequestType", SpecialRequestType.valueOf(fact.value()));
                yield request + " and r.type = :factRequestType)";
            }
            case REQUEST_OUTCOME -> {
                parameters.put("factRequestOutcome", RequestDecision.valueOf(fact.value()));
                yield request + " and r.status = :factRequestOutcome)";
            }
            case REQUEST_DECIDED -> request + " and r.decidedAt is not null)";
            case REQUEST_ESCALATED -> request + " and r.escalatedAt is not null)";
        };
    }

    /** The condition of each list of {@link NeedsAttention}, as its comment defines it. */
    private static String needing(NeedsAttention attention, Map<String, Object> parameters) {
        switch (attention) {
            case AWAITING_CONFIRMATION -> {
                parameters.put("recorded", OrderStatus.RECORDED);
                return "o.status = :recorded";
            }
            case AWAITING_RECONFIRMATION -> {
                parameters.put("cancelledStatus", OrderStatus.CANCELLED);
                return "o.confirmedAt is not null and o.status <> :cancelledStatus"
                        + " and (o.confirmedVersion < o.orderVersion or o.promiseToReconfirm = true)";
            }
            case SHORT -> {
                parameters.put("shortage", Availability.SHORTAGE);
                parameters.put("stillOpen", OrderStatus.open());
                return "o.availability = :shortage and o.status in :stillOpen";
            }
            case CONFIRMATION_FAILED -> {
                parameters.put("cancelledOrder", OrderStatus.CANCELLED);
                return "o.confirmationFailedAt is not null and o.status <> :cancelledOrder";
            }
            default -> throw new IllegalArgumentException("No list of orders needing " + attention);
        }
    }

    /** "ORD-2026-000123" as typed in any case, or just its serial "123" for this year's orders. */
    private String normalisedOrderNumber(String typed) {
        String t = typed.trim().toUpperCase(Locale.ROOT);
        return DIGITS.matcher(t).matches()
                ? OrderNumber.of(clock.today().getYear(), Long.parseLong(t)).value()
                : t;
    }

    /**
     * The customer’s last {@code HISTORY_ORDERS} orders of the period with all their lines, in two reads: the orders
     * from the index on customer and time, newest first, then only their lines, by order id. Reading orders and lines
     * in one join made the database join and sort every order of the period before it could stop, which for a customer
     * ordering all day (an ERP customer) grew with each order it had placed; joining the lines to the orders already
     * read, by their ids, still made it look up each order again (docs/benchmarks.md, 2026-12-04).
     */
    @Override
    public CustomerHistory historyOf(Customer customer, Instant since) {
        List<Object[]> recent = em.createQuery(
                        "select o.id, o.orderNumber, o.recordedAt, o.deliveryAddress, o.purchaseOrderReference"
                                + " from Order o where o.customer = :customer and o.recordedAt >= :since"
                                + " and o.status <> :cancelled order by o.recordedAt desc, o.id desc",
                        Object[].class)
                .setParameter("customer", customer)
                .setParameter("since", since)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setMaxResults(HISTORY_ORDERS)
                .getResultList();
        if (recent.isEmpty()) {
            return CustomerHistory.none(customer.getDefaultDeliveryAddress());
        }
        Map<Long, PastOrderBuilder> orders = new LinkedHashMap<>();
        for (Object[] row : recent) {
            orders.put(
                    ((Number) row[0]).longValue(),
                    new PastOrderBuilder((String) row[1], (Instant) row[2], (String) row[3], (String) row[4]));
        }
        readLines(orders);
        return new CustomerHistory(
                customer.getDefaultDeliveryAddress(),
                orders.values().stream().map(PastOrderBuilder::build).toList());
    }

    /**
     * The lines of those orders, by the lines' own column for their order (JPQL's {@code l.order.id} joins the
     * orders again). Read through the transaction's JDBC connection: EclipseLink binds a native query's values by
     * looking each one up in a list of all of them, which for the 200 values of a full history was 11.6 % of the
     * server's samples in the channels benchmark's REST phase (docs/benchmarks.md, issue 20).
     */
    private void readLines(Map<Long, PastOrderBuilder> orders) {
        String sql = "select order_id, product_code, quantity from order_line where order_id in ("
                + NativeParameters.marks(orders.size()) + ")";
        // the transaction's own connection: EclipseLink keeps it, so it is not closed here
        try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(sql)) {
            int position = 1;
            for (Long id : orders.keySet()) {
                query.setLong(position++, id);
            }
            try (ResultSet lines = query.executeQuery()) {
                while (lines.next()) {
                    orders.get(lines.getLong(1)).add(lines.getString(2), lines.getInt(3));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the lines of the customer's recent orders", e);
        }
    }

    private record PastOrderBuilder(
            String number, Instant recordedAt, String address, String reference, Map<String, Integer> quantities) {
        PastOrderBuilder(String number, Instant recordedAt, String address, String reference) {
            this(number, recordedAt, address, reference, new HashMap<>());
        }

        void add(String productCode, int quantity) {
            quantities.merge(productCode, quantity, Integer::sum);
        }

        PastOrder build() {
            return new PastOrder(number, recordedAt, address, reference, quantities);
        }
    }

    @Override
    public List<Order> forCustomer(String customerNumber, Channel channel, int first, int size) {
        return em.createQuery(
                        "select o from Order o join fetch o.customer c where c.customerNumber = :n"
                                + " and o.channel = :channel order by o.recordedAt desc, o.id desc",
                        Order.class)
                .setParameter("n", customerNumber)
                .setParameter("channel", channel)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }
}
