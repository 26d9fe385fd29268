package org.newsroom.cms.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Commits or rolls back a plugin call's transaction when its answer is known, before the body is written,
 * so a failed commit still reaches the client as an error and never as a success.
 */
@Provider
public class PluginTransactionFilter implements ContainerResponseFilter {

    @Inject
    PluginUnitOfWork unitOfWork;
    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
        try {
            unitOfWork.end(request, response.getStatus());
        } catch (PluginException e) {
            response.setStatus(e.status());
            response.setEntity(Problems.body(e.status(), e.kind(), e.title(), e.detail(), e.extensions()),
                    new java.lang.annotation.Annotation[0], Problems.PROBLEM_JSON_TYPE);
        }
    }
}
