package io.ordertrail.platform.logging;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Each HTTP request is a unit of work in the log ({@link Correlation}): the caller's {@code X-Request-Id} when it
 * sends a plain one, else a new id. The id is kept on the request, and every answer carries it back in the same
 * header ({@code SecurityHeaders}), so a caller can quote it and an admin can find the request's lines.
 */
@WebListener
public class RequestCorrelation implements ServletRequestListener {

    /** The request attribute that holds the request's id. */
    public static final String REQUEST_ID = RequestCorrelation.class.getName() + ".id";

    private static final String SCOPE = RequestCorrelation.class.getName() + ".scope";

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        String callersId = event.getServletRequest() instanceof HttpServletRequest http
                ? http.getHeader(Correlation.REQUEST_ID_HEADER)
                : null;
        Correlation.Scope scope = Correlation.request(callersId);
        event.getServletRequest().setAttribute(REQUEST_ID, scope.requestId());
        event.getServletRequest().setAttribute(SCOPE, scope);
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (event.getServletRequest().getAttribute(SCOPE) instanceof Correlation.Scope scope) {
            scope.close();
        }
    }
}
