package org.newsroom.cms.plugin.api;

import java.util.UUID;

/**
 * The plugin's own REST endpoints. Return Jakarta REST sub-resource objects (classes whose methods carry
 * {@code @GET}, {@code @Path}… but no class-level {@code @Path}); the host mounts them at
 * <ul>
 *   <li>{@code /api/plugins/<plugin-id>/…} — {@link #pluginResource()}</li>
 *   <li>{@code /api/articles/{articleId}/<plugin-id>/…} — {@link #articleResource(UUID)}</li>
 * </ul>
 * Both are for signed-in newsroom users ({@link PluginContext#caller()}). While the plugin is disabled
 * the host answers 409 and never calls these. Throw {@code jakarta.ws.rs.WebApplicationException}s
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
}
