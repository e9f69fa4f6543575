package io.ordertrail.records.application;

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
        try {
            HttpServletRequest current = request.get();
            String path = current.getRequestURI();
            return current.getRemoteAddr() + (path == null ? "" : " " + path);
        } catch (RuntimeException noRequest) { // no HTTP request behind this call (a message or a timer)
            return "messaging";
        }
    }
}
