package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.AcknowledgementTokens;
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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(AcknowledgementKeys.class.getName());
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
        byte[] key = configuredKey
                .filter(k -> !k.isBlank())
                .map(k -> Base64.getDecoder().decode(k.trim()))
                .orElseGet(this::storedKey);
        tokens = new AcknowledgementTokens(key);
    }

    private byte[] storedKey() {
        List<?> stored = em.createNativeQuery("select secret from app_secret where name = ?")
                .setParameter(1, NAME)
                .getResultList();
        if (!stored.isEmpty()) {
            return Base64.getDecoder().decode((String) stored.get(0));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        em.createNativeQuery("insert into app_secret (name, secret) values (?, ?)")
                .setParameter(1, NAME)
                .setParameter(2, Base64.getEncoder().encodeToString(key))
                .executeUpdate();
        LOG.info("Generated the key that signs acknowledgement links and stored it in the database");
        return key;
    }

    @Lock(LockType.READ)
    public AcknowledgementTokens tokens() {
        return tokens;
    }
}
