package org.newsroom.cms.web.site;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.core.application.FeedService;
import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.PublicCorrection;
import org.newsroom.cms.core.application.PublishedArticleService;
import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.core.application.MalformedInputException;
import org.newsroom.cms.core.application.SearchService;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.domain.search.SearchResult;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository.PublishedCursor;
import org.newsroom.cms.core.domain.section.Section;
import org.newsroom.cms.core.interchange.jsonld.NewsArticleJsonLd;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.delivery.ArticleCollection;
import org.newsroom.cms.web.cache.CacheHints;

/**
 * What each site page shows, for {@link SiteServlet} and {@link CollectionRouter}: lists page by {@code ?after=}
 * (the previous page's last story; a cursor no page of ours ends at is the 404 page), other query parameters
 * (tracking ones shared links carry) are ignored. Anything not public is the site's 404 page; a story killed
 * after publication its 410 page, which never gives the reason.
 */
@ApplicationScoped
public class SiteController {

    static final int PAGE_SIZE = 20;
    static final int CORRECTIONS = 50;

    @Inject
    PublishedArticleService published;
    @Inject
    DeliveryService delivery;
    @Inject
    SectionService sections;
    @Inject
    SiteViews views;
    @Inject
    SitePages pages;
    @Inject
    FeedService feeds;
    @Inject
    SearchService search;

    void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Cursor> after = cursor(request);
        if (after == null) {
            notFound(request, response);
            return;
        }
        List<LiveArticle> latest = published.latest(after.map(SiteController::position).orElse(null), PAGE_SIZE);
        SiteTexts t = views.texts(null);
        Teaser lead = null;
        List<LiveArticle> rest = latest;
        if (after.isEmpty() && !latest.isEmpty()) { // the front page opens with the latest story and its picture
            lead = views.teaser(request, latest.get(0), delivery.publicParts(latest.get(0)));
            rest = latest.subList(1, latest.size());
        }
        newest(request, latest.stream().map(a -> a.article().getLastPublishedAt()));
        Chrome chrome = views.chrome(request, views.siteName(), t.t("site.latest"), "/", "/feed.atom", after.isPresent());
        pages.render(response, 200, "list", chrome, new ListPage(chrome, t.t("site.latest"), null, lead,
                rest.stream().map(a -> views.teaser(request, a, null)).toList(), older("/", latest)));
    }

    void article(HttpServletRequest request, HttpServletResponse response, String slug) throws IOException {
        Optional<LiveArticle> live = published.bySlug(slug);
        if (live.isEmpty()) {
            if (published.isGone(slug)) {
                gone(request, response);
            } else {
                notFound(request, response);
            }
            return;
        }
        LiveArticle a = live.get();
        CacheHints.lastModified(request, NewsArticleJsonLd.modified(a.article(), a.corrections()));
        ArticlePage page = views.article(request, a.article(), a.content(), a.corrections(), delivery.publicParts(a), false);
        pages.render(response, 200, "article", page.chrome(), page);
    }

    /**
     * What one correction changed: the site's 404 page unless the newsroom publishes correction diffs, the
     * article is visible and the correction is its own; the 410 page for an article killed after publication.
     */
    void correction(HttpServletRequest request, HttpServletResponse response, String slug, String id)
            throws IOException {
        Optional<PublicCorrection> found = views.publicCorrectionDiffs() && id.matches("[0-9]{1,18}")
                ? published.correction(slug, Long.parseLong(id)) : Optional.empty();
        if (found.isEmpty()) {
            if (views.publicCorrectionDiffs() && published.isGone(slug)) {
                gone(request, response);
            } else {
                notFound(request, response);
            }
            return;
        }
        LiveArticle a = found.get().live();
        // the page shows the article's current headline too, which a later correction may change
        CacheHints.lastModified(request, NewsArticleJsonLd.modified(a.article(), a.corrections()));
        CorrectionPage page = views.correction(request, found.get());
        pages.render(response, 200, "correction", page.chrome(), page);
    }

    void section(HttpServletRequest request, HttpServletResponse response, String slug) throws IOException {
        Optional<Cursor> after = cursor(request);
        Section section;
        try {
            section = sections.get(slug);
        } catch (ResourceNotFoundException e) {
            section = null;
        }
        if (section == null || after == null) {
            notFound(request, response);
            return;
        }
        List<LiveArticle> items = published.inSection(slug, after.map(SiteController::position).orElse(null), PAGE_SIZE);
        newest(request, items.stream().map(a -> a.article().getLastPublishedAt()));
        SiteTexts t = views.texts(null);
        Chrome chrome = views.chrome(request, section.getName() + " — " + views.siteName(),
                t.t("site.section", section.getName()), "/sections/" + slug, null, after.isPresent());
        pages.render(response, 200, "list", chrome, new ListPage(chrome, section.getName(), null, null,
                items.stream().map(a -> views.teaser(request, a, null)).toList(),
                older("/sections/" + slug, items)));
    }

    /** The latest corrections of stories readers can see, newest first, each linking its story. */
    void corrections(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<FeedService.PublishedCorrection> recent = feeds.recentCorrections(CORRECTIONS);
        newest(request, recent.stream().map(c -> c.correction().getCorrectedAt()));
        SiteTexts t = views.texts(null);
        Chrome chrome = views.chrome(request, t.t("site.corrections") + " — " + views.siteName(),
                t.t("site.corrections.description"), "/corrections", "/corrections/feed.atom", false);
        pages.render(response, 200, "corrections", chrome, recent.stream().map(c -> {
            SiteTexts own = views.texts(c.article().content().language());
            return new CorrectionsItem("/articles/" + c.article().article().getSlug(), c.article().content().headline(),
                    c.article().content().language(), c.correction().getNote(),
                    own.time(c.correction().getCorrectedAt()), own.iso(c.correction().getCorrectedAt()));
        }).toList());
    }

    /**
     * The search page: the form, and for {@code ?q=} the hits with their snippets, best first, paged by
     * {@code ?after=}; never indexed (results are not pages of their own). A cursor we never gave out is the
     * 404 page; another unreadable parameter (a query too long) shows the form with what is wrong, as a 400.
     */
    void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteTexts t = views.texts(null);
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        String title = (q.isEmpty() ? t.t("site.search") : t.t("site.search.title", q)) + " — " + views.siteName();
        Chrome chrome = views.chrome(request, title, null, null, null, true);
        if (q.isEmpty()) {
            pages.render(response, 200, "search", chrome, new SearchPage(chrome, q, null, List.of(), 0, true, null));
            return;
        }
        SearchResult found;
        try {
            found = search.search(new SearchService.Request(q, request.getParameter("tag"), request.getParameter("author"),
                    request.getParameter("section"), request.getParameter("from"), request.getParameter("to"), PAGE_SIZE,
                    request.getParameter("after")));
        } catch (MalformedInputException e) {
            if ("after".equals(e.field())) {
                notFound(request, response);
            } else {
                pages.render(response, 400, "search", chrome, new SearchPage(chrome, q, e.getMessage(), List.of(), 0, true, null));
            }
            return;
        }
        List<SearchPage.Hit> hits = found.hits().stream().map(h -> new SearchPage.Hit("/articles/" + h.slug(),
                h.headline(), h.snippetHtml(), t.time(h.publishedAt()), t.iso(h.publishedAt()))).toList();
        String next = found.next() == null ? null : "/search?q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8) + "&after=" + found.next().encode();
        pages.render(response, 200, "search", chrome, new SearchPage(chrome, q, null, hits, found.total(), found.totalExact(), next));
    }

    /** One correction on the corrections page. */
    public record CorrectionsItem(String href, String headline, String lang, String note, String timeText,
                                  String timeIso) {
    }

    /** A plugin's collection page ({@link CollectionRouter} decided the segment is claimed). */
    void collection(HttpServletRequest request, HttpServletResponse response, String segment, String slug)
            throws IOException {
        Optional<Cursor> cursor = cursor(request);
        if (cursor == null) {
            notFound(request, response);
            return;
        }
        Cursor after = cursor.orElse(null);
        Optional<ArticleCollection> found = delivery.collection(segment, slug, after, PAGE_SIZE);
        if (found.isEmpty()) {
            notFound(request, response);
            return;
        }
        ArticleCollection c = found.get();
        if (!c.slug().equals(slug)) {
            response.setStatus(301);
            response.setHeader("Location", "/" + segment + "/" + c.slug());
            return;
        }
        String base = "/" + segment + "/" + c.slug();
        newest(request, c.articles().items().stream().map(ArticleSnapshot::lastPublishedAt));
        Chrome chrome = views.chrome(request, c.name() + " — " + views.siteName(),
                c.description() == null ? c.name() : c.description(), base, base + "/feed.atom", after != null);
        Cursor next = c.articles().next();
        pages.render(response, 200, "list", chrome, new ListPage(chrome, c.name(), c.description(), null,
                c.articles().items().stream().map(a -> views.teaser(request, a, null)).toList(),
                next == null ? null : base + "?after=" + next.encode()));
    }

    /** A list changed last when its newest story did (for If-Modified-Since; the ETag covers the rest). */
    private static void newest(HttpServletRequest request, Stream<Instant> times) {
        times.filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(at -> CacheHints.lastModified(request, at));
    }

    /** The {@code ?after=} cursor: empty for the first page, null for one no page of ours ends at (404). */
    private static Optional<Cursor> cursor(HttpServletRequest request) {
        try {
            return Cursor.decode("after", request.getParameter("after"));
        } catch (PluginException e) { // not a cursor of ours
            return null;
        }
    }

    private static PublishedCursor position(Cursor c) {
        return new PublishedCursor(c.at(), c.id());
    }

    /** The next page's address when this one is full (lists are ordered by latest publication). */
    private static String older(String base, List<LiveArticle> items) {
        if (items.size() < PAGE_SIZE) {
            return null;
        }
        Article last = items.get(items.size() - 1).article();
        return base + "?after=" + new Cursor(last.getLastPublishedAt(), last.getId()).encode();
    }

    public void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteTexts t = views.texts(null);
        Chrome chrome = views.chrome(request, t.t("site.notFound.title") + " — " + views.siteName(), null, null, null, true);
        pages.render(response, 404, "error", chrome, new ErrorPage(chrome, 404, t.t("site.notFound.title"),
                t.t("site.notFound.detail")));
    }

    void gone(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteTexts t = views.texts(null);
        Chrome chrome = views.chrome(request, t.t("site.gone.title") + " — " + views.siteName(), null, null, null, true);
        pages.render(response, 410, "error", chrome, new ErrorPage(chrome, 410, t.t("site.gone.title"),
                t.t("site.gone.detail")));
    }
}
