package org.newsroom.cms.plugin.api;

/**
 * The plugin's part of an article's creation, so a client makes a tagged, bylined draft in one call:
 * {@code POST /api/articles} with {@code "plugins": {"<plugin-id>": {…}}}. The part has the shape of the body
 * the plugin's own endpoint takes for the same data (e.g. its {@code PUT /api/articles/{id}/<plugin-id>/…}).
 * <p>
 * Lifecycle of one create, all inside the create's transaction: the host binds the part to {@link #type()}
 * with the API's JSON reading (unknown fields and wrong JSON types are 400s naming
 * {@code plugins.<plugin-id>.<field>}); creates the article; tells every {@link ArticleListener}; then calls
 * {@link #articleCreated} of each plugin whose part was sent, in plugin-id order. The caller is the signed-in
 * author ({@link PluginContext#caller()}).
 * <p>
 * Throw {@link PluginException} for a part that cannot be stored, with field names relative to the part (e.g.
 * {@code tags[1]}): the host answers it with its status, each field prefixed with {@code plugins.<plugin-id>.},
 * and rolls back the whole create, so neither the article nor anything another plugin wrote for it stays. A
 * part for a plugin that is not installed is a 400, for a disabled one a 409; a plugin without this extension
 * point takes no part (400).
 *
 * @param <T> the part's type, usually the record the plugin's endpoint binds its body to
 */
public interface CreateFields<T> extends ExtensionPoint {

    /** What the part is read as: a record (checked with {@link Bodies#valid} if it carries constraints). */
    Class<T> type();

    /** The article exists (revision 1, DRAFT): store the part for it (never called with {@code null}). */
    void articleCreated(ArticleSnapshot article, T fields);
}
