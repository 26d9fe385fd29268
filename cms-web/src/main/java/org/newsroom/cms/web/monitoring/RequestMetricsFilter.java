package org.newsroom.cms.web.monitoring;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts and times every request by {@link EndpointGroup} and status class. The first filter in web.xml, so
 * answers from the fast read path count too; a request that ends in an exception counts as a 5xx.
 */
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CmsMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            String uri = request.getRequestURI();
            int context = request.getContextPath().length();
            metrics.request(EndpointGroup.of(context == 0 ? uri : uri.substring(context)),
                    failed ? 500 : response.getStatus(), System.nanoTime() - start);
        }
    }
}
