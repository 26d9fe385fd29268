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
 * disabled the host answers 409 there (404 on public paths) and never calls these. Throw {@code jakarta.ws.rs.WebApplicationException}s
 * (e.g. {@code BadRequestException}) for errors; the host turns them into problem+json.
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
     * {@code "tags" → /api/public/tags/…}. They must show published content only: select articles through
     * the {@code published_article} database view or {@link ArticleAccess#published}, which apply the
     * CMS's visibility rule. Core paths ({@code articles}) cannot be claimed.
     */
    default Map<String, Object> publicResources() {
        return Map.of();
    }
}
