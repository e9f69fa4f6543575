package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.AcknowledgementTokens;
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
 * The key that signs customers' acknowledgement links: from configuration when set (base64, at least 32 bytes),
 * otherwise generated once at first start and kept in the database, so that every node of a cluster and every
 * restart signs and checks with the same key.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll // runs at start-up; hands the token service to the confirmation services
public class AcknowledgementKeys {

    private static final String NAME = "acknowledgement-signing-key";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.signing-key")
    Optional<String> configuredKey;

    private AcknowledgementTokens tokens;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        tokens = new AcknowledgementTokens(AppSecrets.key(em, configuredKey, NAME, "acknowledgement links"));
    }

    @Lock(LockType.READ)
    public AcknowledgementTokens tokens() {
        return tokens;
    }
}
