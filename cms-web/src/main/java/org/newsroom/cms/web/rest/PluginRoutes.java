package org.newsroom.cms.web.rest;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;

import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.PluginDisabledException;
import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Mounts plugins' own REST resources ({@link RestExtension}) at {@code /api/plugins/<id>/…}; the
 * article-scoped ones ({@code /api/articles/{id}/<plugin-id>/…}) are located through
 * {@link ArticleResource}. A disabled plugin answers 409, an unknown one 404. Each call runs in one
 * transaction of the host's ({@link PluginUnitOfWork}).
 */
@Path("/plugins")
@ApplicationScoped
public class PluginRoutes {

    @Inject
    PluginRegistry registry;
    @Inject
    ArticleService articles;
    @Inject
    PluginUnitOfWork unitOfWork;
    @Context
    HttpServletRequest request;

    @Path("/{pluginId}")
    public Object plugin(@PathParam("pluginId") String pluginId) {
        return resource(pluginId, RestExtension::pluginResource);
    }

    Object articleResource(UUID articleId, String pluginId) {
        if (registry.plugin(pluginId).isEmpty()) {
            throw new ResourceNotFoundException("Nothing at /api/articles/" + articleId + "/" + Problems.echo(pluginId) + ".");
        }
        articles.get(articleId); // 404 for an unknown article before the plugin sees it
        return resource(pluginId, r -> r.articleResource(articleId));
    }

    private Object resource(String pluginId, Function<RestExtension, Object> locate) {
        Object resource = registry.active(RestExtension.class).stream()
                .filter(a -> a.pluginId().equals(pluginId))
                .map(a -> locate.apply(a.extension()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> registry.plugin(pluginId).isEmpty()
                        ? new ResourceNotFoundException("No plugin " + Problems.echo(pluginId) + " is installed.")
                        : registry.isEnabled(pluginId)
                                ? new ResourceNotFoundException("The plugin " + Problems.echo(pluginId) + " has no endpoints here.")
                                : new PluginDisabledException(pluginId));
        unitOfWork.begin(request);
        return resource;
    }
}
