package io.ordertrail.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error pages for 401 and 403, which it produces before JAX-RS sees a request: a problem detail
 * for the API's callers, the staff's page for everyone else.
 */
@WebServlet("/error/denied")
public class ApiErrorPages extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            int code = status instanceof Integer i ? i : HttpServletResponse.SC_FORBIDDEN;
            response.setStatus(code);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            code == HttpServletResponse.SC_UNAUTHORIZED
                                    ? problem(
                                            "unauthorized",
                                            "Not signed in",
                                            code,
                                            "Authenticate with HTTP Basic as a service account with role INTEGRATION.")
                                    : problem(
                                            "forbidden",
                                            "Not allowed",
                                            code,
                                            "This account may not use the API; ask for a service account with role INTEGRATION."));
            return;
        }
        request.getRequestDispatcher("/error/forbidden.xhtml").forward(request, response);
    }

    private static String problem(String type, String title, int status, String detail) {
        return "{\"type\":\"https://ordertrail.io/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"errors\":[]}";
    }
}
