package org.newsroom.cms.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;

import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Mounts enabled plugins' anonymous resources at {@code /api/public/<segment>/…} (e.g. tags, contributors),
 * by the segment each plugin claims. Core's own public paths take precedence; a disabled or unknown
 * segment is simply not there (404). Each call runs in one transaction ({@link PluginUnitOfWork}).
 */
@Path("/public")
@ApplicationScoped
public class PublicPluginRoutes {

    @Inject
    PluginRegistry registry;
    @Inject
    PluginUnitOfWork unitOfWork;
    @Context
    HttpServletRequest request;

    @Path("/{segment}")
    public Object resource(@PathParam("segment") String segment) {
        Object resource = registry.active(RestExtension.class).stream()
                .map(a -> a.extension().publicResources().get(segment))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Nothing at /api/public/" + Problems.echo(segment) + "."));
        unitOfWork.begin(request); // read-only, but one consistent snapshot and the same rules as every plugin call
        return resource;
    }
}
