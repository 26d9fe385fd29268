package org.newsroom.cms.plugins.photocaptions.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.ui.Fragment;
import org.newsroom.cms.plugin.api.ui.FragmentRequest;
import org.newsroom.cms.plugin.api.ui.NewsroomPanel;
import org.newsroom.cms.plugin.api.ui.Panel;
import org.newsroom.cms.plugin.api.ui.PanelRequest;
import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.Templates;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugin.api.ui.Upload;
import org.newsroom.cms.plugins.photocaptions.Settings;
import org.newsroom.cms.plugins.photocaptions.photos.ArticlePhotos;
import org.newsroom.cms.plugins.photocaptions.photos.PhotoImages;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;

/**
 * The photos panel beside the article in the editor and on the review screen: upload (drop or choose several
 * files), thumbnails, the text of each photo pre-filled from IPTC/XMP and editable, lead photo, order, caption
 * slots from wire copy filled by an upload, reuse of a photo already in the CMS, and the publish checks still
 * failing, refreshed with every change. Its routes, under {@code /newsroom/plugins/photo-captions/articles/<id>/}:
 * <pre>
 * GET    photos               the panel's content
 * POST   photos               upload (multipart, any number of files)  → the list
 * GET    photos/search?q=     photos already in the CMS                → search results
 * POST   photos/order         order=&lt;id&gt;… (every photo once)           → the list
 * POST   photos/reuse/{id}    attach a copy of photo {id}              → the list
 * POST   photos/{id}          caption, credit, photographer, copyright, altText → the photo (422 with errors)
 * DELETE photos/{id}          remove it                                → the list
 * POST   photos/{id}/image    fill the photo or slot with an upload    → the list
 * POST   photos/{id}/move     to=&lt;place&gt; (1 makes it the lead)          → the list
 * </pre>
 * Every answer that changes something also brings the publish checks (an out-of-band swap), so they are never
 * stale. The work is {@link ArticlePhotos}'s, shared with the JSON API.
 */
public final class PhotosPanel implements NewsroomPanel {

    private final PluginContext context;
    private final ArticlePhotos photos;
    private final Templates templates = new Templates(PhotosPanel.class, "org.newsroom.cms.plugins.photocaptions.jte");
    private final UiMessages messages = new UiMessages(PhotosPanel.class,
            "org.newsroom.cms.plugins.photocaptions.ui.messages");

    public PhotosPanel(PluginContext context, ArticlePhotos photos) {
        this.context = context;
        this.photos = photos;
    }

    @Override
    public Optional<Panel> panel(PanelRequest request) {
        PanelView view = view(request.locale(), request.routes(), request.csrf(), request.editable());
        return Optional.of(new Panel(view.t().t("panel.title"), content(view, request.article().id())));
    }

    @Override
    public Fragment handle(FragmentRequest request) {
        if (request.article().isEmpty()) {
            return Fragment.notFound();
        }
        UUID article = request.article().get().id();
        PanelView view = view(request.locale(), request.routes(), request.csrf(), photos.mayEdit(article));
        String[] path = request.path().split("/", -1);
        if (!"photos".equals(path[0])) {
            return Fragment.notFound();
        }
        String method = request.method();
        if (path.length == 1) {
            return switch (method) {
                case "GET" -> Fragment.html(content(view, article));
                case "POST" -> upload(request, view, article, Optional.empty());
                default -> Fragment.notFound();
            };
        }
        if (path.length == 2 && "search".equals(path[1]) && request.isGet()) {
            return Fragment.html(templates.render("results", Map.of("v", view, "results",
                    photos.search(article, request.param("q")), "query", Objects.toString(request.param("q"), ""))));
        }
        if (path.length == 2 && "order".equals(path[1]) && "POST".equals(method)) {
            photos.reorder(article, request.params("order"));
            return list(view, article, List.of(), List.of());
        }
        if (path.length == 3 && "reuse".equals(path[1]) && "POST".equals(method)) {
            Photo reused = photos.reuse(article, id(path[2]));
            Fragment answer = list(view, article, List.of(view.t().t("reuse.done", reused.position())), List.of());
            // the search results go: the photo is in the list now
            return Fragment.html(answer.html() + "<ul id=\"photo-search-results\" hx-swap-oob=\"innerHTML\"></ul>");
        }
        UUID photo = id(path[1]);
        if (path.length == 2) {
            return switch (method) {
                case "POST" -> save(request, view, article, photo);
                case "DELETE" -> {
                    photos.delete(article, photo);
                    yield list(view, article, List.of(), List.of());
                }
                default -> Fragment.notFound();
            };
        }
        if (path.length == 3 && "POST".equals(method)) {
            return switch (path[2]) {
                case "image" -> upload(request, view, article, Optional.of(photo));
                case "move" -> {
                    photos.move(article, photo, place(request.param("to")));
                    yield list(view, article, List.of(), List.of());
                }
                default -> Fragment.notFound();
            };
        }
        return Fragment.notFound();
    }

    /** Uploads every file posted, as new photos or (with {@code into}) into one photo or slot. */
    private Fragment upload(FragmentRequest request, PanelView view, UUID article, Optional<UUID> into) {
        photos.mustEdit(article);
        into.ifPresent(id -> photos.photo(article, id));
        List<Upload> files = into.isPresent() ? request.uploads().stream().limit(1).toList() : request.uploads();
        UiMessages.Texts t = view.t();
        if (files.isEmpty()) {
            return list(view, article, List.of(), List.of(t.t("upload.none")));
        }
        List<String> done = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Upload file : files) {
            try {
                // inspection refuses a file before anything is written, so the others still count
                PhotoImages.Uploaded uploaded = photos.upload(article, into, file.open(), PhotoText.NONE);
                done.add(t.t(uploaded.prefilled().isEmpty() ? "upload.done" : "upload.prefilled",
                        uploaded.photo().position(), String.join(", ", uploaded.prefilled().stream()
                                .map(f -> t.t("prefill." + f)).toList())));
            } catch (PluginException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                refused.add(refusal(t, file.filename(), e));
            } catch (IOException e) {
                refused.add(t.t("refused.unreadable", file.filename()));
            }
        }
        return list(view, article, done, refused);
    }

    /** Saves one photo's text: the photo again, or 422 with the form as typed and its errors. */
    private Fragment save(FragmentRequest request, PanelView view, UUID article, UUID photoId) {
        photos.mustEdit(article);
        Photo photo = photos.photo(article, photoId);
        PhotoForm form = PhotoForm.posted(request, view.t());
        int count = photos.list(article).size();
        if (!form.valid()) {
            PhotoItem item = new PhotoItem(photo, count, form, true);
            return Fragment.status(422, templates.render("item", Map.of("v", view, "item", item))
                    + vetoes(view, article));
        }
        Photo saved = photos.edit(article, photoId, form.text(), null);
        PhotoItem item = new PhotoItem(saved, count, PhotoForm.of(saved), true);
        return Fragment.html(templates.render("item", Map.of("v", view, "item", item, "saved", true))
                + vetoes(view, article));
    }

    /** The whole panel content. */
    private String content(PanelView view, UUID article) {
        return templates.render("photos", Map.of("v", view, "items", items(article), "vetoes",
                view.say(photos.vetoes(article))));
    }

    /** The list, with the publish checks and the upload messages swapped in beside it. */
    private Fragment list(PanelView view, UUID article, List<String> done, List<String> refused) {
        return Fragment.html(templates.render("list", Map.of("v", view, "items", items(article)))
                + vetoes(view, article)
                + templates.render("messages", Map.of("done", done, "refused", refused)));
    }

    private String vetoes(PanelView view, UUID article) {
        List<Photo> list = photos.list(article);
        return templates.render("vetoes", Map.of("v", view, "vetoes", view.say(photos.rules().vetoes(list)),
                "oob", true, "photos", list.size()));
    }

    /** The items, each form unfolded while a publish check fails for its photo. */
    private List<PhotoItem> items(UUID article) {
        List<Photo> list = photos.list(article);
        var rules = photos.rules();
        return list.stream().map(p -> new PhotoItem(p, list.size(), PhotoForm.of(p), !rules.broken(p).isEmpty()))
                .toList();
    }

    private PanelView view(Locale locale, PanelRoutes routes, String csrf, boolean editable) {
        return new PanelView(messages.in(locale), routes, csrf, editable,
                Settings.of(context.config()).maxUploadMb());
    }

    /** A refused file, said in the UI's language by the kind of refusal (the API's English detail otherwise). */
    private String refusal(UiMessages.Texts t, String file, PluginException e) {
        Settings settings = Settings.of(context.config());
        String key = "refused." + e.kind();
        String text = t.t(key, file, settings.maxUploadMb(), settings.maxMegapixels());
        return text.equals(key) ? t.t("refused.other", file, e.detail()) : text;
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw PluginException.notFound("No photo " + value + " here.");
        }
    }

    private static int place(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw PluginException.invalid("to", "give the new place as a whole number from 1");
        }
    }
}
