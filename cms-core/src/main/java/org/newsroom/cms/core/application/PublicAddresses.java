package org.newsroom.cms.core.application;

import java.util.LinkedHashSet;
import java.util.Set;

import org.newsroom.cms.plugin.api.delivery.PublicParts;

/**
 * The site-relative public addresses that show a live article: its page and API documents, the lists and feeds
 * it appears in (home, feeds, news sitemap, its section, its authors' and subjects' pages and their feeds),
 * the corrections page and feed and each correction's diff page when it carries corrections, and, when it is taken down, its pictures (they
 * answer 410 or 404 from then on). Query-string variants ({@code ?version=3.1}) are not listed.
 */
final class PublicAddresses {

    static final String FEED = "/feed.atom";

    private PublicAddresses() {
    }

    static Set<String> of(LiveArticle live, PublicParts parts, PublicChange.Kind kind) {
        Set<String> paths = new LinkedHashSet<>();
        String slug = live.article().getSlug();
        paths.add("/articles/" + slug);
        paths.add("/api/public/articles/" + slug);
        paths.add("/api/public/articles/" + slug + ".ninjs");
        paths.add("/api/public/articles/" + slug + ".newsml");
        paths.add("/");
        paths.add(FEED);
        paths.add("/feed.rss");
        paths.add("/api/public/articles");
        paths.add("/sitemap-news.xml");
        if (kind == PublicChange.Kind.CORRECTED || !live.corrections().isEmpty()) {
            paths.add("/corrections");
            paths.add("/corrections" + FEED);
        }
        // what each correction changed (site pages when the newsroom publishes diffs); they show the article's
        // headline and answer 410/404 once it is taken down
        live.corrections().stream().filter(c -> c.getId() != null)
                .forEach(c -> paths.add("/articles/" + slug + "/corrections/" + c.getId()));
        String section = live.content().section();
        if (section != null && !section.isBlank()) {
            paths.add("/sections/" + section);
        }
        parts.people().forEach(p -> collection(paths, p.path()));
        parts.subjects().forEach(s -> collection(paths, s.path()));
        if (kind == PublicChange.Kind.KILLED || kind == PublicChange.Kind.UNPUBLISHED) {
            for (PublicParts.Picture picture : parts.pictures()) {
                add(paths, picture.path());
                add(paths, picture.itemPath());
                picture.renditions().forEach(r -> add(paths, r.path()));
            }
        }
        return paths;
    }

    private static void collection(Set<String> paths, String path) {
        if (add(paths, path)) {
            paths.add(path + FEED);
        }
    }

    private static boolean add(Set<String> paths, String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        paths.add(path);
        return true;
    }
}
