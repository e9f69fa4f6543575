package io.ordertrail.platform.web;

import io.ordertrail.platform.logging.Correlation;
import io.ordertrail.platform.logging.RequestCorrelation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, pages and API alike: no page of ours is framed by another site (clickjacking),
 * no answer is sniffed into another content type, no plug-in or foreign form target is used, no address with an order number leaks to another site in the
 * Referer, and a browser that once reached us over HTTPS keeps to it. Set by the authentication mechanism, which
 * sees every request first, also those it answers itself (the API's 401) before any filter would run.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Pages add a second policy, PrimeFaces' script-src with a nonce per response (primefaces.CSP in web.xml); a
        // browser enforces both. This one must therefore not name script-src itself.
        response.setHeader(
                "Content-Security-Policy",
                "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
        response.setHeader("Referrer-Policy", "same-origin");
        // the request's id in the log, for the caller to quote (RequestCorrelation)
        if (request.getAttribute(RequestCorrelation.REQUEST_ID) instanceof String requestId) {
            response.setHeader(Correlation.REQUEST_ID_HEADER, requestId);
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
