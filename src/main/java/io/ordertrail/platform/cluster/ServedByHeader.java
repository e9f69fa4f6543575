package io.ordertrail.platform.cluster;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Names the server that answered, in the header {@value ClusterMember#SERVED_BY}, to a person signed in or a service
 * account: what support asks first when several servers run behind a load balancer. Nobody else learns the servers'
 * names.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ServedByHeader extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClusterMember member;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            response.setHeader(ClusterMember.SERVED_BY, member.name());
        }
        chain.doFilter(request, response);
    }
}
