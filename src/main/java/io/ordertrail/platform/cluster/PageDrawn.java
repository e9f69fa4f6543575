package io.ordertrail.platform.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Stamps each page request with the time it arrived, before the page reads anything, as the request attribute
 * {@value #ATTRIBUTE}: a page's push element passes it to its socket ({@code data-ot-since}), and {@link OpenPages}
 * tells the page to fetch once if its channel was signalled after that time, before the socket was open.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageDrawn extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute: milliseconds since the epoch, on this server's clock. */
    public static final String ATTRIBUTE = "ordertrailPageDrawn";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ATTRIBUTE) == null) { // a forward keeps the first arrival
            request.setAttribute(ATTRIBUTE, System.currentTimeMillis());
        }
        chain.doFilter(request, response);
    }
}
