package io.ordertrail.records.application;

import io.ordertrail.records.domain.RetentionPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention periods and the archive directory, from configuration. A period under the SOP's 12 months is
 * refused when the application starts ({@code RetentionCheck}), saying which setting to change.
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "ordertrail.retention.order-months", defaultValue = "24")
    int orderMonths;

    @Inject
    @ConfigProperty(name = "ordertrail.retention.audit-months", defaultValue = "24")
    int auditMonths;

    @Inject
    @ConfigProperty(name = "ordertrail.retention.outbox-days", defaultValue = "90")
    int outboxDays;

    @Inject
    @ConfigProperty(name = "ordertrail.retention.receipt-days", defaultValue = "90")
    int receiptDays;

    @Inject
    @ConfigProperty(name = "ordertrail.records.archive-dir", defaultValue = "./data/archive")
    String archiveDir;

    private RetentionPolicy policy;

    @PostConstruct
    void read() {
        policy = new RetentionPolicy(orderMonths, auditMonths, outboxDays, receiptDays);
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** Where the purge writes each order's record before deleting it. */
    public Path archiveDirectory() {
        return Path.of(archiveDir).toAbsolutePath().normalize();
    }
}
