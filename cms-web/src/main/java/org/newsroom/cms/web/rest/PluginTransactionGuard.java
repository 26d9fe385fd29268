package org.newsroom.cms.web.rest;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The safety net of {@link PluginUnitOfWork}: no plugin transaction outlives its request. */
@WebFilter(urlPatterns = "/api/*")
public class PluginTransactionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginUnitOfWork unitOfWork;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            unitOfWork.abandon(request);
        }
    }
}
