package io.ordertrail.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The logged-in person as the pages see them: name, roles for the menu, and logout. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext externalContext;

    @Inject
    SignInGuard guard;

    public String getName() {
        return securityContext.getCallerPrincipal() == null
                ? ""
                : securityContext.getCallerPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public boolean isSales() {
        return hasRole(Roles.SALES) || hasRole(Roles.MANAGER);
    }

    public boolean isInventory() {
        return hasRole(Roles.INVENTORY) || hasRole(Roles.MANAGER);
    }

    public boolean isFulfillment() {
        return hasRole(Roles.FULFILLMENT) || hasRole(Roles.MANAGER);
    }

    public boolean isManager() {
        return hasRole(Roles.MANAGER);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public void logout() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        guard.signedOut(getName(), request.getRemoteAddr());
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
