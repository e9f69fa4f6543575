package io.ordertrail.records.application;

import io.ordertrail.platform.logging.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who makes a change and from where: the signed-in person or account and the client's address, or the system. */
@ApplicationScoped
public class AuditContext {

    /** The actor of changes no person or account makes: message listeners, timers, start-up. */
    public static final String SYSTEM = "system";

    /** The origin of changes a message or a timer makes. */
    private static final String MESSAGING = "messaging";

    @Inject
    Instance<SecurityContext> security;

    @Inject
    Instance<HttpServletRequest> request;

    public String actor() {
        try {
            Principal caller = security.get().getCallerPrincipal();
            return caller == null
                            || caller.getName() == null
                            || caller.getName().isBlank()
                    ? SYSTEM
                    : caller.getName();
        } catch (RuntimeException outsideARequest) { // a timer or a message listener: nobody signed in
            return SYSTEM;
        }
    }

    /** The client's address for a web or API request; "messaging" when a message or a timer made the change. */
    public String origin() {
        // outside an HTTP request the container's answer is an exception and its stack trace: 3.3 % of the server's
        // CPU in the channels benchmark, where the teams' listeners write two entries an order. The request's own
        // unit of work (RequestCorrelation) says whether there is one.
        if (Correlation.current().map(Correlation.Ids::requestId).isEmpty()) {
            return MESSAGING;
        }
        try {
            HttpServletRequest current = request.get();
            String path = current.getRequestURI();
            return current.getRemoteAddr() + (path == null ? "" : " " + path);
        } catch (RuntimeException noRequest) { // no HTTP request behind this call (a message or a timer)
            return MESSAGING;
        }
    }
}
