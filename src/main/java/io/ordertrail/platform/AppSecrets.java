package io.ordertrail.platform;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A signing key from configuration when it is set (base64), otherwise generated once at first start and kept in
 * the database ({@code app_secret}), so that every node of a cluster and every restart uses the same key.
 */
public final class AppSecrets {

    private static final Logger LOG = Logger.getLogger(AppSecrets.class.getName());

    private AppSecrets() {}

    /**
     * @param configured the configured key, base64, if any
     * @param name the key's name in {@code app_secret}
     * @param what what it signs, for the log line when one is generated
     */
    public static byte[] key(EntityManager em, Optional<String> configured, String name, String what) {
        return configured
                .filter(k -> !k.isBlank())
                .map(k -> Base64.getDecoder().decode(k.trim()))
                .orElseGet(() -> storedKey(em, name, what));
    }

    private static byte[] storedKey(EntityManager em, String name, String what) {
        List<?> stored = em.createNativeQuery("select secret from app_secret where name = ?")
                .setParameter(1, name)
                .getResultList();
        if (!stored.isEmpty()) {
            return Base64.getDecoder().decode((String) stored.get(0));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        em.createNativeQuery("insert into app_secret (name, secret) values (?, ?)")
                .setParameter(1, name)
                .setParameter(2, Base64.getEncoder().encodeToString(key))
                .executeUpdate();
        LOG.info(() -> "Generated the key that signs " + what + " and stored it in the database");
        return key;
    }
}
