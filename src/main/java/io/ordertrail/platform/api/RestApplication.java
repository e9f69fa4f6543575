package io.ordertrail.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API for the online platform, under {@code /api}. Every call authenticates with HTTP Basic as a service
 * account with role INTEGRATION. Errors are RFC 9457 problem details. The OpenAPI document is at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Ordertrail API",
                        version = "1",
                        description =
                                "Orders from the online platform go through the same verification, recording and"
                                        + " handover as orders taken by staff, with channel ONLINE. Authenticate with HTTP Basic as a"
                                        + " service account (role INTEGRATION). Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "A service account's user name and password")
public class RestApplication extends Application {}
