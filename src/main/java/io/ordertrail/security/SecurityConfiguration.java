package io.ordertrail.security;

import io.ordertrail.platform.Resources;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Container-managed security, declared once: users and roles from the database, passwords as PBKDF2-HMAC-SHA512
 * hashes with {@value #PBKDF2_ITERATIONS} iterations (the API's default is 2048). Form login is
 * {@link FormLoginMechanism}.
 */
@ApplicationScoped
@DeclareRoles({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Resources.DATA_SOURCE,
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select role_name from app_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=" + SecurityConfiguration.PBKDF2_ALGORITHM,
                "Pbkdf2PasswordHash.Iterations=" + SecurityConfiguration.PBKDF2_ITERATIONS,
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=64"
        })
public class SecurityConfiguration {

    static final String PBKDF2_ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int PBKDF2_ITERATIONS = 210_000;
}
