package org.newsroom.cms.plugins.photocaptions.ui;

import java.util.List;

import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.photocaptions.publish.PhotoJson;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;
import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * What every template of the panel needs: the texts, the routes, the CSRF token, whether to show controls, and
 * the addresses the panel's controls and images use.
 *
 * @param maxUploadMb the plugin's upload limit, said next to the file input
 */
public record PanelView(UiMessages.Texts t, PanelRoutes routes, String csrf, boolean editable, int maxUploadMb) {

    /** The accepted image types, for the file inputs' {@code accept}. */
    public static final String ACCEPT = "image/jpeg,image/png,image/webp";

    /** A route of this article's photos, e.g. {@code photos/<id>/move}. */
    public String route(String path) {
        return routes.article(path);
    }

    /** The route of one photo, with {@code action} after it (empty for the photo itself). */
    public String photoRoute(Photo photo, String action) {
        return routes.article("photos/" + photo.id() + (action.isEmpty() ? "" : "/" + action));
    }

    /** The 320 px rendition of a photo with an image (of this article or, for a search result, another). */
    public String thumbnail(Photo photo) {
        return PhotoJson.newsroomUrl(photo.articleId(), photo.id(), 320);
    }

    /** The thumbnail's text alternative: the photo's alt text, else its caption, else "Photo n". */
    public String thumbnailAlt(Photo photo) {
        if (photo.altText() != null && !photo.altText().isBlank()) {
            return photo.altText();
        }
        if (photo.caption() != null && !photo.caption().isBlank()) {
            return photo.caption();
        }
        return t.t("photo.name", photo.position());
    }

    /** The publish vetoes in the UI's language, e.g. "Photo 2: add a credit line". */
    public List<String> say(List<PublishRules.Veto> vetoes) {
        return vetoes.stream().map(v -> t.t("veto." + v.rule().name(), v.position())).toList();
    }

    /** A DOM id made of a prefix and the photo's id. */
    public String id(String prefix, Photo photo) {
        return prefix + "-" + photo.id();
    }
}
