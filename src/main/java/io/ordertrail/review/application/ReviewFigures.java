package io.ordertrail.review.application;

import io.ordertrail.orders.domain.AmendmentOrigin;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.PromiseFigures;
import io.ordertrail.review.domain.QualityFigures;
import io.ordertrail.review.domain.RequestFigures;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The periodic review's figures (SOP section 6), of the orders received in a period and the one before it. Each
 * stage's times come from the milestones each order keeps, so a period is one range of the index on when orders were
 * received, whatever happened to them since; the percentiles are the database's own ({@code percentile_disc}), the
 * same on H2 and PostgreSQL.
 */
@Stateless
@DenyAll
public class ReviewFigures {

    /** Each stage's time in seconds, from one milestone to the next; null until the order reached both. */
    private static final Map<Stage, String> SECONDS = new EnumMap<>(Map.of(
            Stage.RECEIVED_TO_RECORDED, seconds("recorded_at", "first_recorded_at"),
            Stage.DOUBLE_CHECK, seconds("recorded_at", "double_checked_at"),
            Stage.RECORDED_TO_CONFIRMED, seconds("first_recorded_at", "confirmed_at"),
            Stage.RECORDED_TO_ACKNOWLEDGED,
                    seconds(
                            "first_recorded_at",
                            "case when inventory_acknowledged_at is null or fulfillment_acknowledged_at is null"
                                    + " then null else greatest(inventory_acknowledged_at, fulfillment_acknowledged_at)"
                                    + " end"),
            Stage.CONFIRMED_TO_LEFT, seconds("confirmed_at", "left_at")));

    private static final String STAGE_COLUMNS = stageColumns();

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @RolesAllowed(Roles.MANAGER)
    public ReviewReport report(ReviewPeriod period) {
        return new ReviewReport(figures(period), figures(period.previous()));
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

        Map<Stage, StageTime> stages = new EnumMap<>(Stage.class);
        for (Object[] row : rows(
                "select " + STAGE_COLUMNS + " from customer_order where recorded_at >= ?1 and recorded_at < ?2",
                from,
                to)) {
            stages.putAll(stageTimes(row, 0));
        }
        Map<Stage, Map<Channel, StageTime>> byChannelStages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<Channel, StageTime> perChannel = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                perChannel.put(channel, StageTime.NONE);
            }
            byChannelStages.put(stage, perChannel);
        }
        for (Object[] row : rows(
                "select channel, " + STAGE_COLUMNS + " from customer_order"
                        + " where recorded_at >= ?1 and recorded_at < ?2 group by channel",
                from,
                to)) {
            Channel channel = Channel.valueOf((String) row[0]);
            stageTimes(row, 1)
                    .forEach((stage, time) -> byChannelStages.get(stage).put(channel, time));
        }
        return new PeriodFigures(
                period,
                orders,
                byChannel,
                byStaff,
                stages,
                byChannelStages,
                quality(from, to),
                promises(period, from, to),
                requests(from, to));
    }

    private static final String IN_PERIOD = " o.recorded_at >= ?1 and o.recorded_at < ?2";

    private QualityFigures quality(Timestamp from, Timestamp to) {
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
        // an order without flags is recorded when it is received, so one never recorded waited for a double-check
        Object[] doubleChecks = rows(
                        "select sum(case when o.double_checked_at is not null then 1 else 0 end),"
                                + " sum(case when o.first_recorded_at is null and o.status = 'CANCELLED' then 1 else 0 end),"
                                + " sum(case when o.first_recorded_at is null and o.status <> 'CANCELLED' then 1 else 0 end)"
                                + " from customer_order o where" + IN_PERIOD,
                        from,
                        to)
                .get(0);
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
        String confirmations = "select count(distinct o.id) from customer_order o"
                + " join communication c on c.order_number = o.order_number where" + IN_PERIOD
                + " and c.kind in ('CONFIRMATION', 'RECONFIRMATION') and ";
        long failed = number(single(confirmations + "c.status = 'FAILED'", from, to));
        long retried = number(single(confirmations + "c.attempts > 1", from, to));
        Map<String, Long> erpRefusedBy = new java.util.LinkedHashMap<>();
        for (Object[] row : rows(
                "select reason, count(*) from erp_rejection where received_at >= ?1 and received_at < ?2"
                        + " group by reason order by count(*) desc, reason",
                from,
                to)) {
            if (erpRefusedBy.size() < ERP_REASONS) {
                erpRefusedBy.put((String) row[0], number(row[1]));
            } else {
                erpRefusedBy.merge(OTHER_REASONS, number(row[1]), Long::sum);
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
     * zone at the offset it had at the start of the period.
     */
    private PromiseFigures promises(ReviewPeriod period, Timestamp from, Timestamp to) {
        int offset = clock.zone().getRules().getOffset(from.toInstant()).getTotalSeconds();
        String daysLate = "(floor((extract(epoch from o.goods_ready_at) + " + offset + ") / 86400)"
                + " - floor(extract(epoch from cast(o.first_promised_date as timestamp)) / 86400))";
        String late = "case when " + daysLate + " > 0 then " + daysLate + " end";
        Object[] row = rows(
                        "select count(*), sum(case when " + daysLate + " <= 0 then 1 else 0 end),"
                                + " count(" + late + "), percentile_disc(0.5) within group (order by " + late + "),"
                                + " max(" + late + ") from customer_order o where" + IN_PERIOD
                                + " and o.goods_ready_at is not null and o.first_promised_date is not null",
                        from,
                        to)
                .get(0);
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
                        "select count(" + toDecide + "), percentile_disc(0.5) within group (order by " + toDecide
                                + "), percentile_disc(0.9) within group (order by " + toDecide + "),"
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

    static final String OTHER_REASONS = "Other reasons";

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

    private Object single(String sql, Timestamp from, Timestamp to) {
        return em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Timestamp from, Timestamp to) {
        Query query = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
        return query.getResultList();
    }

    /** The count, median and 90th percentile of each stage, from the row's columns starting at {@code offset}. */
    private static Map<Stage, StageTime> stageTimes(Object[] row, int offset) {
        Map<Stage, StageTime> times = new EnumMap<>(Stage.class);
        int column = offset;
        for (Stage stage : Stage.values()) {
            long count = ((Number) row[column]).longValue();
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

    private static String seconds(String from, String to) {
        return "(extract(epoch from " + to + ") - extract(epoch from " + from + "))";
    }

    private static String stageColumns() {
        StringBuilder columns = new StringBuilder();
        for (Stage stage : Stage.values()) {
            String s = SECONDS.get(stage);
            if (!columns.isEmpty()) {
                columns.append(", ");
            }
            columns.append("count(")
                    .append(s)
                    .append("), percentile_disc(0.5) within group (order by ")
                    .append(s)
                    .append("), percentile_disc(0.9) within group (order by ")
                    .append(s)
                    .append(")");
        }
        return columns.toString();
    }
}
