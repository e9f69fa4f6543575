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
    HttpServletRequest request;

    @Inject
    SignInGuard guard;

    @Inject
    UserAccounts accounts;

    private java.util.Locale locale;

    /**
     * The language of the pages: the one the person chose on their account, else their browser's first language
     * Ordertrail ships, else English.
     */
    public java.util.Locale getLocale() {
        if (locale == null) {
            boolean staff = java.util.stream.Stream.of(
                            Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN)
                    .anyMatch(securityContext::isCallerInRole);
            locale = (staff ? chosenLanguage() : java.util.Optional.<java.util.Locale>empty())
                    .orElseGet(this::browserLocale);
        }
        return locale;
    }

    /**
     * The language the person chose; when it cannot be read (the database is down, and the page being shown is the
     * one that says something went wrong) the browser's applies, and the reason is logged.
     */
    private java.util.Optional<java.util.Locale> chosenLanguage() {
        try {
            return accounts.ownLanguage();
        } catch (RuntimeException unreadable) {
            java.util.logging.Logger.getLogger(CurrentUser.class.getName())
                    .log(java.util.logging.Level.WARNING, "The person's language could not be read", unreadable);
            return java.util.Optional.empty();
        }
    }

    /** The first of the browser's languages (Accept-Language) that Ordertrail ships; English when none is. */
    private java.util.Locale browserLocale() {
        // the request's, not Faces' own: a download (a servlet) asks too
        java.util.Enumeration<java.util.Locale> wanted = request.getLocales();
        while (wanted.hasMoreElements()) {
            java.util.Locale l = wanted.nextElement();
            java.util.Optional<java.util.Locale> shipped = io.ordertrail.platform.i18n.Texts.ofTag(l.toLanguageTag());
            if (shipped.isPresent()) {
                return shipped.get();
            }
        }
        return io.ordertrail.platform.i18n.Texts.SUPPORTED.get(0);
    }

    /** The language's tag for the page's lang attribute: "en", "de". */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

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
        guard.signedOut(getName(), request.getRemoteAddr());
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
