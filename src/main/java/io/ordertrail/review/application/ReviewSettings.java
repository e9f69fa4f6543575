package io.ordertrail.review.application;

import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.review.domain.ReportSchedule;
import io.ordertrail.review.domain.StuckThresholds;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of oversight, read once and checked at start so that a wrong one stops the deployment with its name:
 * {@code ordertrail.review.stuck-hours.<stage>} ({@code ORDERTRAIL_REVIEW_STUCK_HOURS_RECORDED}) and how long a team
 * has to acknowledge a handover, {@code ordertrail.review.acknowledge-within} (ISO-8601, default {@code PT2H}).
 */
@ApplicationScoped
public class ReviewSettings {

    static final String STUCK_HOURS = "ordertrail.review.stuck-hours.";

    private StuckThresholds stuck;
    private Duration acknowledgeWithin;
    private ReportSchedule reportSchedule;
    private Duration confirmWithin;
    private Duration reconfirmWithin;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        Map<OrderStatus, Integer> configured = new EnumMap<>(OrderStatus.class);
        for (OrderStatus stage : OrderStatus.values()) {
            String name = STUCK_HOURS + stage.name().toLowerCase(Locale.ROOT);
            config.getOptionalValue(name, String.class).ifPresent(value -> {
                try {
                    configured.put(stage, Integer.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            name + " is \"" + value + "\": give a whole number of hours, such as 4.", e);
                }
            });
        }
        stuck = StuckThresholds.of(configured);
        acknowledgeWithin = duration(config, "ordertrail.review.acknowledge-within", "PT2H");
        confirmWithin = duration(config, "ordertrail.review.confirm-within", "PT4H");
        reconfirmWithin = duration(config, "ordertrail.review.reconfirm-within", "PT24H");
        reportSchedule = ReportSchedule.parse(
                config.getOptionalValue("ordertrail.review.report-every", String.class)
                        .orElse(null),
                config.getOptionalValue("ordertrail.review.report-at", String.class)
                        .orElse(null));
    }

    /** An ISO-8601 duration longer than zero, or a message naming the setting. */
    private static Duration duration(Config config, String name, String byDefault) {
        String text = config.getOptionalValue(name, String.class).orElse(byDefault);
        Duration d;
        try {
            d = Duration.parse(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    name + " is \"" + text + "\": give an ISO-8601 duration, such as " + byDefault + ".", e);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(
                    name + " is " + text + ": give a time longer than zero, such as " + byDefault + ".");
        }
        return d;
    }

    /** How long a recorded order may wait for its confirmation before the compliance check lists it. */
    public Duration confirmWithin() {
        return confirmWithin;
    }

    /** How long an amended order may wait for its re-confirmation before the compliance check lists it. */
    public Duration reconfirmWithin() {
        return reconfirmWithin;
    }

    /** Reads the settings at start: a wrong one stops the deployment instead of the first home page. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        stuck.hours();
    }

    public StuckThresholds stuck() {
        return stuck;
    }

    /** When the review report goes out: {@code ordertrail.review.report-every} (MONTH) at {@code …report-at} (06:00). */
    public ReportSchedule reportSchedule() {
        return reportSchedule;
    }

    public Duration acknowledgeWithin() {
        return acknowledgeWithin;
    }
}
