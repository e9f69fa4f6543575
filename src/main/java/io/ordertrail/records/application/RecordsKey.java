package io.ordertrail.records.application;

import io.ordertrail.platform.AppSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs purge checkpoints: from configuration ({@code ORDERTRAIL_RECORDS_CHECKPOINT_KEY}, base64, 32
 * bytes or more), which production should set so that the key is not where the records are; otherwise generated
 * once and kept in the database, as the embedded set-up does.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll // runs at start-up; hands the key to the purge and the verification
public class RecordsKey {

    private static final String NAME = "records-checkpoint-key";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ordertrail.records.checkpoint-key")
    Optional<String> configuredKey;

    private byte[] key;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        key = AppSecrets.key(
                em,
                configuredKey,
                NAME,
                "purge checkpoints (set ORDERTRAIL_RECORDS_CHECKPOINT_KEY in" + " production to keep it elsewhere)");
        if (key.length < 32) {
            throw new IllegalStateException("ordertrail.records.checkpoint-key (ORDERTRAIL_RECORDS_CHECKPOINT_KEY) is "
                    + key.length + " bytes; set a base64 key of 32 bytes or more, such as: openssl rand -base64 32");
        }
    }

    @Lock(LockType.READ)
    public byte[] key() {
        return key.clone();
    }
}
