package io.ordertrail.review.application;

import io.ordertrail.orders.domain.AmendmentOrigin;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.SqlDialect;
import io.ordertrail.review.domain.OrderValue;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.PromiseFigures;
import io.ordertrail.review.domain.QualityFigures;
import io.ordertrail.review.domain.RequestFigures;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import io.ordertrail.review.domain.Trend;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The periodic review's figures (SOP section 6), of the orders received in a period and the one before it. Each
 * stage's times come from the milestones each order keeps, so a period is one range of the index on when orders were
 * received, whatever happened to them since; the percentiles are the database's own ({@code percentile_disc}), the
 * same on H2 and PostgreSQL.
 */
@Stateless
@DenyAll
public class ReviewFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    SqlDialect sql;

    @Resource
    SessionContext context;

    /**
     * The figures of the period and of the one before it. The previous period is added up at the same time, in its
     * own transaction, so the manager waits for the longer of the two, not for both.
     */
    @RolesAllowed(Roles.MANAGER)
    public ReviewReport report(ReviewPeriod period) {
        Future<PeriodFigures> previous =
                context.getBusinessObject(ReviewFigures.class).figuresOf(period.previous());
        PeriodFigures current = figures(period);
        try {
            return new ReviewReport(current, previous.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EJBException(
                    "Interrupted while adding up " + period.previous().label(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new EJBException("Could not add up " + period.previous().label(), e);
        }
    }

    /** The figures of one period, added up on a thread of the container's own. */
    @Asynchronous
    @RolesAllowed(Roles.MANAGER)
    public Future<PeriodFigures> figuresOf(ReviewPeriod period) {
        return CompletableFuture.completedFuture(figures(period));
    }

    /** Each stage's time in seconds, from one milestone to the next; null until the order reached both. */
    private String stageSeconds(Stage stage) {
        return switch (stage) {
            case RECEIVED_TO_RECORDED -> seconds("recorded_at", "first_recorded_at");
            case DOUBLE_CHECK -> seconds("recorded_at", "double_checked_at");
            case RECORDED_TO_CONFIRMED -> seconds("first_recorded_at", "confirmed_at");
            case RECORDED_TO_ACKNOWLEDGED ->
                seconds(
                        "first_recorded_at",
                        "case when inventory_acknowledged_at is null or fulfillment_acknowledged_at is null"
                                + " then null else greatest(inventory_acknowledged_at, fulfillment_acknowledged_at)"
                                + " end");
            case CONFIRMED_TO_LEFT -> seconds("confirmed_at", "left_at");
        };
    }

    private PeriodFigures figures(ReviewPeriod period) {
        Timestamp from = Timestamp.from(period.start(clock.zone()));
        Timestamp to = Timestamp.from(period.end(clock.zone()));

        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        Map<String, Long> byStaff = new TreeMap<>();
        long orders = 0;
        for (Object[] row : rows(
                "select channel, recorded_by, count(*) from customer_order"
                        + " where recorded_at >= ?1 and recorded_at < ?2 group by channel, recorded_by",
                from,
                to)) {
            long n = ((Number) row[2]).longValue();
            byChannel.merge(Channel.valueOf((String) row[0]), n, Long::sum);
            byStaff.merge((String) row[1], n, Long::sum);
            orders += n;
        }
        for (Channel channel : Channel.values()) {
            byChannel.putIfAbsent(channel, 0L);
        }

        // one pass over the period's orders for every figure that reads only the order, per channel and over all
        // channels: stage times, double-checks and promises
        int offset = clock.zone().getRules().getOffset(from.toInstant()).getTotalSeconds();
        String daysLate = "(floor((" + sql.epochSeconds("o.goods_ready_at") + " + " + offset + ") / 86400)"
                + " - floor(" + sql.epochSeconds("cast(o.first_promised_date as timestamp)") + " / 86400))";
        String late = "case when " + daysLate + " > 0 then " + daysLate + " end";
        String aggregates = stageColumns()
                // an order without flags is recorded when it is received, so one never recorded waited for a
                // double-check
                + ", sum(case when o.double_checked_at is not null then 1 else 0 end),"
                + " sum(case when o.first_recorded_at is null and o.status = 'CANCELLED' then 1 else 0 end),"
                + " sum(case when o.first_recorded_at is null and o.status <> 'CANCELLED' then 1 else 0 end),"
                // the promise figures: a day late is null unless the goods were ready and promised
                + " count(" + daysLate + "), sum(case when " + daysLate + " <= 0 then 1 else 0 end),"
                + " count(" + late + "), percentile_disc(0.5) within group (order by " + late + "),"
                + " max(" + late + ")";
        int afterStages = 1 + 3 * Stage.values().length;
        // no order in the period: counts of 0, no times
        Object[] overall = new Object[afterStages + 8];
        Map<Stage, Map<Channel, StageTime>> byChannelStages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<Channel, StageTime> perChannel = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                perChannel.put(channel, StageTime.NONE);
            }
            byChannelStages.put(stage, perChannel);
        }
        for (String statement :
                sql.groupedWithTotal("o.channel", aggregates, "from customer_order o where" + IN_PERIOD)) {
            for (Object[] row : rows(statement, from, to)) {
                if (row[0] == null) {
                    overall = row;
                } else {
                    Channel channel = Channel.valueOf((String) row[0]);
                    stageTimes(row, 1)
                            .forEach((stage, time) -> byChannelStages.get(stage).put(channel, time));
                }
            }
        }
        Map<Stage, StageTime> stages = stageTimes(overall, 1);
        return new PeriodFigures(
                period,
                orders,
                byChannel,
                byStaff,
                trend(period, from, to),
                stages,
                byChannelStages,
                quality(from, to, Arrays.copyOfRange(overall, afterStages, afterStages + 3)),
                promises(Arrays.copyOfRange(overall, afterStages + 3, afterStages + 8)),
                requests(from, to),
                values(from, to));
    }

    /** The value of the period's orders that stand (not cancelled), per currency: count, net and VAT. */
    private Map<String, OrderValue> values(Timestamp from, Timestamp to) {
        Map<String, OrderValue> values = new TreeMap<>();
        for (Object[] row : rows(
                "select currency, count(*), sum(total_amount), sum(tax_amount) from customer_order"
                        + " where recorded_at >= ?1 and recorded_at < ?2 and status <> 'CANCELLED' group by currency",
                from,
                to)) {
            values.put(
                    (String) row[0],
                    new OrderValue(
                            ((Number) row[1]).longValue(),
                            new java.math.BigDecimal(row[2].toString()),
                            new java.math.BigDecimal(row[3].toString())));
        }
        return values;
    }

    /**
     * The orders of each day, the day taken in the business zone at the offset it had at the start of the period (as
     * the promises are): a change of summer time inside the period moves an hour of orders to the day next to it, and
     * every order of the period is counted on one of its days.
     */
    private Trend trend(ReviewPeriod period, Timestamp from, Timestamp to) {
        int offset = clock.zone().getRules().getOffset(from.toInstant()).getTotalSeconds();
        String day = "floor((" + sql.epochSeconds("recorded_at") + " + " + offset + ") / 86400)";
        Map<LocalDate, Long> byDay = new TreeMap<>();
        for (Object[] row : rows(
                "select " + day + ", count(*) from customer_order where recorded_at >= ?1 and recorded_at < ?2"
                        + " group by " + day,
                from,
                to)) {
            LocalDate date = LocalDate.ofEpochDay(number(row[0]));
            // at that offset, an hour's orders can fall on the day before or after the period: they count on its edge
            if (date.isBefore(period.first())) {
                date = period.first();
            } else if (date.isAfter(period.last())) {
                date = period.last();
            }
            byDay.merge(date, number(row[1]), Long::sum);
        }
        return Trend.of(period, byDay);
    }

    private static final String IN_PERIOD = " o.recorded_at >= ?1 and o.recorded_at < ?2";

    /** @param doubleChecks approved, cancelled while waiting, and still waiting, from the pass over the orders */
    private QualityFigures quality(Timestamp from, Timestamp to, Object[] doubleChecks) {
        Map<FlagType, Long> flaggedBy = new EnumMap<>(FlagType.class);
        for (Object[] row : rows(
                "select f.flag_type, count(distinct o.id) from customer_order o join order_flag f on f.order_id = o.id"
                        + " where" + IN_PERIOD + " group by f.flag_type",
                from,
                to)) {
            flaggedBy.put(FlagType.valueOf((String) row[0]), number(row[1]));
        }
        long flagged = number(single(
                "select count(distinct o.id) from customer_order o join order_flag f on f.order_id = o.id where"
                        + IN_PERIOD,
                from,
                to));
        Map<AmendmentReason, Long> amendmentsBy = new EnumMap<>(AmendmentReason.class);
        for (Object[] row : rows(
                "select v.reason_code, count(*) from order_version_record v join customer_order o on o.id = v.order_id"
                        + " where" + IN_PERIOD + " and v.version > 1 group by v.reason_code",
                from,
                to)) {
            amendmentsBy.put(AmendmentReason.valueOf((String) row[0]), number(row[1]));
        }
        Map<AmendmentOrigin, Long> amendedFor = new EnumMap<>(AmendmentOrigin.class);
        for (AmendmentOrigin origin : AmendmentOrigin.values()) {
            amendedFor.put(origin, 0L);
        }
        for (Object[] row : rows(
                "select " + ORIGIN_OF_REASON + ", count(distinct o.id) from order_version_record v"
                        + " join customer_order o on o.id = v.order_id where" + IN_PERIOD + " and v.version > 1"
                        + " group by " + ORIGIN_OF_REASON,
                from,
                to)) {
            amendedFor.put(AmendmentOrigin.valueOf((String) row[0]), number(row[1]));
        }
        // the confirmations that went wrong are few: the indexes on their status and attempts find them (V37)
        Object[] confirmations = rows(
                        "select count(distinct case when c.status = 'FAILED' then o.id end),"
                                + " count(distinct case when c.attempts > 1 then o.id end)"
                                + " from customer_order o join communication c on c.order_number = o.order_number"
                                + " where" + IN_PERIOD + " and c.kind in ('CONFIRMATION', 'RECONFIRMATION')"
                                + " and (c.status = 'FAILED' or c.attempts > 1)",
                        from,
                        to)
                .get(0);
        long failed = number(confirmations[0]);
        long retried = number(confirmations[1]);
        Map<String, Long> erpRefusedBy = new java.util.LinkedHashMap<>();
        for (Object[] row : rows(
                "select reason, count(*) from erp_rejection where received_at >= ?1 and received_at < ?2"
                        + " group by reason order by count(*) desc, reason",
                from,
                to)) {
            if (erpRefusedBy.size() < ERP_REASONS) {
                erpRefusedBy.put((String) row[0], number(row[1]));
            } else {
                erpRefusedBy.merge(QualityFigures.OTHER_ERP_REASONS, number(row[1]), Long::sum);
            }
        }
        return new QualityFigures(
                flagged,
                flaggedBy,
                number(doubleChecks[0]),
                number(doubleChecks[1]),
                number(doubleChecks[2]),
                amendmentsBy,
                amendedFor,
                failed,
                retried,
                erpRefusedBy);
    }

    /**
     * The first promise against the day the goods were dispatched or ready for pickup, that day taken in the business
     * zone at the offset it had at the start of the period: orders with both, those in time, those late, the median
     * and the most days late, from the pass over the orders.
     */
    private static PromiseFigures promises(Object[] row) {
        return new PromiseFigures(
                number(row[0]),
                number(row[1]),
                number(row[2]),
                row[3] == null ? null : number(row[3]),
                row[4] == null ? null : number(row[4]));
    }

    private RequestFigures requests(Timestamp from, Timestamp to) {
        Map<SpecialRequestType, Long> byType = new EnumMap<>(SpecialRequestType.class);
        Map<RequestDecision, Long> byOutcome = new EnumMap<>(RequestDecision.class);
        for (Object[] row : rows(
                "select r.request_type, r.status, count(*) from special_request r"
                        + " join customer_order o on o.id = r.order_id where" + IN_PERIOD
                        + " group by r.request_type, r.status",
                from,
                to)) {
            byType.merge(SpecialRequestType.valueOf((String) row[0]), number(row[2]), Long::sum);
            byOutcome.merge(RequestDecision.valueOf((String) row[1]), number(row[2]), Long::sum);
        }
        String toDecide = seconds("r.created_at", "r.decided_at");
        Object[] row = rows(
                        "select count(" + toDecide + "), " + sql.medianAndP90(toDecide) + ","
                                + " sum(case when r.escalated_at is not null then 1 else 0 end)"
                                + " from special_request r join customer_order o on o.id = r.order_id where"
                                + IN_PERIOD,
                        from,
                        to)
                .get(0);
        long decided = number(row[0]);
        return new RequestFigures(
                byType,
                byOutcome,
                decided == 0 ? StageTime.NONE : new StageTime(decided, duration(row[1]), duration(row[2])),
                row[3] == null ? 0 : number(row[3]));
    }

    /** The most ERP refusal reasons named one by one; the rest are added up as one. */
    private static final int ERP_REASONS = 10;

    /** The origin of an amendment's reason code, as SQL ({@link AmendmentReason#getOrigin}). */
    private static final String ORIGIN_OF_REASON = originOfReason();

    private static String originOfReason() {
        StringBuilder sql = new StringBuilder("case");
        for (AmendmentReason reason : AmendmentReason.values()) {
            sql.append(" when v.reason_code = '")
                    .append(reason.name())
                    .append("' then '")
                    .append(reason.getOrigin().name())
                    .append("'");
        }
        return sql.append(" end").toString();
    }

    private Object single(String query, Timestamp from, Timestamp to) {
        return em.createNativeQuery(query)
                .setParameter(1, from)
                .setParameter(2, to)
                .getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String query, Timestamp from, Timestamp to) {
        Query q = em.createNativeQuery(query).setParameter(1, from).setParameter(2, to);
        return q.getResultList();
    }

    /** The count, median and 90th percentile of each stage, from the row's columns starting at {@code offset}. */
    private static Map<Stage, StageTime> stageTimes(Object[] row, int offset) {
        Map<Stage, StageTime> times = new EnumMap<>(Stage.class);
        int column = offset;
        for (Stage stage : Stage.values()) {
            long count = number(row[column]);
            times.put(
                    stage,
                    count == 0
                            ? StageTime.NONE
                            : new StageTime(count, duration(row[column + 1]), duration(row[column + 2])));
            column += 3;
        }
        return times;
    }

    private static Duration duration(Object seconds) {
        return seconds == null ? null : Duration.ofMillis(Math.round(((Number) seconds).doubleValue() * 1000));
    }

    private String seconds(String from, String to) {
        return "(" + sql.epochSeconds(to) + " - " + sql.epochSeconds(from) + ")";
    }

    /** For each stage in order: how many orders reached its end, the median and the 90th percentile. */
    private String stageColumns() {
        StringBuilder columns = new StringBuilder();
        for (Stage stage : Stage.values()) {
            String s = stageSeconds(stage);
            if (!columns.isEmpty()) {
                columns.append(", ");
            }
            columns.append("count(").append(s).append("), ").append(sql.medianAndP90(s));
        }
        return columns.toString();
    }
}
