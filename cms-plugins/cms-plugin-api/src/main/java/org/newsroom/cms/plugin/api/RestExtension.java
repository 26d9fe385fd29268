package org.newsroom.cms.plugin.api;

import java.util.Map;
import java.util.UUID;

/**
 * The plugin's own REST endpoints. Return Jakarta REST sub-resource objects (classes whose methods carry
 * {@code @GET}, {@code @Path}… but no class-level {@code @Path}); the host mounts them at
 * <ul>
 *   <li>{@code /api/plugins/<plugin-id>/…} — {@link #pluginResource()}</li>
 *   <li>{@code /api/articles/{articleId}/<plugin-id>/…} — {@link #articleResource(UUID)}</li>
 *   <li>{@code /api/public/<segment>/…} — {@link #publicResources()}, anonymous</li>
 * </ul>
 * The first two are for signed-in newsroom users ({@link PluginContext#caller()}). While the plugin is
 * disabled the host answers 409 there (404 on public paths) and never calls these.
 * <p>
 * <b>One request, one transaction</b>: the host begins a transaction before it calls the resource method
 * and commits it after a success (2xx/3xx); on an exception or an error status everything the request
 * wrote is rolled back. Throw {@link PluginException} for errors (the host answers problem+json); check
 * JSON bodies, bound to records, with {@link Bodies#valid}.
 */
public interface RestExtension extends ExtensionPoint {

    /** The resource for {@code /api/plugins/<id>/…}, or null for none. */
    default Object pluginResource() {
        return null;
    }

    /** The resource for {@code /api/articles/{articleId}/<id>/…}, or null for none. */
    default Object articleResource(UUID articleId) {
        return null;
    }

    /**
     * Anonymous read-only resources by first path segment under {@code /api/public/}, e.g.
     * {@code "tags" → /api/public/tags/…}. They must show published content only: ask
     * {@link ArticleAccess#visible}, {@link ArticleAccess#published} or {@link ArticleAccess#publishedPage},
     * which apply the CMS's visibility rule. Core paths ({@code articles}) cannot be claimed.
     */
    default Map<String, Object> publicResources() {
        return Map.of();
    }
}
