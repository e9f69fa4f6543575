package io.ordertrail.security;

import io.ordertrail.platform.Resources;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Container-managed security, declared once: users and roles from the database, passwords as PBKDF2-HMAC-SHA512
 * hashes with {@value #PBKDF2_ITERATIONS} iterations (the API's default is 2048). Form login is
 * {@link FormLoginMechanism}.
 */
@ApplicationScoped
@DeclareRoles({
    Roles.SALES,
    Roles.INVENTORY,
    Roles.FULFILLMENT,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.INTEGRATION,
    Roles.METRICS
})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Resources.DATA_SOURCE,
        callerQuery =
                "select password_hash from app_user where username = ? and enabled = true and password_hash is not null",
        groupsQuery = "select role_name from app_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            SecurityConfiguration.ALGORITHM + "=" + SecurityConfiguration.PBKDF2_ALGORITHM,
            SecurityConfiguration.ITERATIONS + "=" + SecurityConfiguration.PBKDF2_ITERATIONS,
            SecurityConfiguration.SALT_SIZE + "=" + SecurityConfiguration.PBKDF2_SALT_BYTES,
            SecurityConfiguration.KEY_SIZE + "=" + SecurityConfiguration.PBKDF2_KEY_BYTES
        })
public class SecurityConfiguration {

    static final String PBKDF2_ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int PBKDF2_ITERATIONS = 210_000;
    static final int PBKDF2_SALT_BYTES = 32;
    static final int PBKDF2_KEY_BYTES = 64;

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes";

    /** The same parameters for hashing a new password as the identity store uses to verify it. */
    static Map<String, String> hashParameters() {
        return Map.of(
                ALGORITHM,
                PBKDF2_ALGORITHM,
                ITERATIONS,
                String.valueOf(PBKDF2_ITERATIONS),
                SALT_SIZE,
                String.valueOf(PBKDF2_SALT_BYTES),
                KEY_SIZE,
                String.valueOf(PBKDF2_KEY_BYTES));
    }
}
