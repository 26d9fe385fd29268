package org.newsroom.cms.plugins.tagging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.PluginContext;

/** {@code /api/public/tags/…}: tags of published articles and the articles of a tag (cursor-paged). */
@Produces(MediaType.APPLICATION_JSON)
public final class PublicTagsResource {

    private final PluginContext context;
    private final TagStore store;

    PublicTagsResource(PluginContext context, TagStore store) {
        this.context = context;
        this.store = store;
    }

    @GET
    public List<Map<String, Object>> tags() {
        return store.publicTags();
    }

    @GET
    @Path("{slug}/articles")
    public Map<String, Object> articles(@PathParam("slug") String slug, @QueryParam("after") String after,
                                        @QueryParam("limit") @DefaultValue("20") int limit) {
        Tag tag = store.bySlug(slug).orElseThrow(() -> Problems.notFound("No tag \"" + slug + "\"."));
        if (limit < 1 || limit > 100) {
            throw Problems.unprocessable("limit", "must be between 1 and 100.");
        }
        List<TagStore.Published> page = store.publishedWith(tag.id(), decode(after), limit);
        List<ArticleSnapshot> articles = context.articles().published(page.stream().map(TagStore.Published::id).toList());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tag", tag);
        result.put("items", articles.stream().map(a -> Map.of("slug", a.slug(), "headline", a.headline(),
                "language", a.language(), "lastPublishedAt", a.lastPublishedAt())).toList());
        result.put("next", page.size() < limit ? null : encode(page.get(page.size() - 1)));
        return result;
    }

    private static String encode(TagStore.Published last) {
        String raw = last.lastPublishedAt().getEpochSecond() + "." + last.lastPublishedAt().getNano() + "." + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static TagStore.Published decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            return new TagStore.Published(UUID.fromString(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            throw Problems.unprocessable("after", "is not a cursor from this API; pass \"next\" back unchanged.");
        }
    }
}
