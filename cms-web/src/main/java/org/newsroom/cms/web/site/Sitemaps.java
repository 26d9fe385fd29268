package org.newsroom.cms.web.site;

import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.SiteIndexService;
import org.newsroom.cms.core.application.SiteIndexService.SitemapFile;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.newsroom.cms.web.site.SiteResponses.Document;

/**
 * The site's sitemaps: {@code /sitemap.xml} (the index of the monthly article sitemaps), each
 * {@code /sitemaps/articles-YYYY-MM[-N].xml}, and {@code /sitemap-news.xml} for Google News; and
 * {@code /robots.txt}, which names the index and the news sitemap.
 */
@ApplicationScoped
public class Sitemaps {

    static final String XML = "application/xml;charset=utf-8";
    private static final Pattern FILE = Pattern.compile("/articles-(\\d{4}-\\d{2})(?:-([2-9]|[1-9]\\d+))?\\.xml");

    @Inject
    SiteIndexService index;
    @Inject
    DeliveryService delivery;
    @Inject
    SiteSettings site;

    Document index(URI requestBase) {
        List<SitemapFile> files = index.files();
        List<SitemapWriter.Sitemap> sitemaps = files.stream()
                .map(f -> new SitemapWriter.Sitemap(site.absolute(requestBase, f.path()), f.lastPublishedAt())).toList();
        return new Document(writer().index(sitemaps), XML,
                latest(files.stream().map(SitemapFile::lastPublishedAt).toList()));
    }

    /** A monthly article sitemap by its file name ({@code /articles-2026-12.xml}), empty when there is no such file. */
    Optional<Document> file(String name, URI requestBase) {
        Matcher m = name == null ? null : FILE.matcher(name);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        YearMonth month;
        try {
            month = YearMonth.parse(m.group(1));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        List<LiveArticle> stories = index.file(month, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
        if (stories.isEmpty()) {
            return Optional.empty();
        }
        List<SitemapWriter.Url> urls = new ArrayList<>();
        for (LiveArticle live : stories) { // one plugin call per story for its lead picture (see the README)
            PublicParts.Picture lead = FeedEntries.lead(delivery.publicParts(live));
            List<String> images = lead == null || lead.path() == null ? List.of()
                    : List.of(site.absolute(requestBase, lead.path()));
            urls.add(new SitemapWriter.Url(site.absolute(requestBase, "/articles/" + live.article().getSlug()),
                    live.modifiedAt(), images));
        }
        return Optional.of(new Document(writer().urlset(urls), XML,
                latest(stories.stream().map(LiveArticle::modifiedAt).toList())));
    }

    Document news(URI requestBase) {
        List<LiveArticle> stories = index.news();
        List<SitemapWriter.NewsUrl> urls = stories.stream().map(live -> new SitemapWriter.NewsUrl(
                site.absolute(requestBase, "/articles/" + live.article().getSlug()), site.name(),
                SitemapWriter.newsLanguage(live.content().language()), live.article().getFirstPublishedAt(),
                live.content().headline())).toList();
        return new Document(writer().news(urls), XML, latest(stories.stream().map(LiveArticle::modifiedAt).toList()));
    }

    Document robots(URI requestBase) {
        return Document.text("User-agent: *\n"
                + "Disallow: /newsroom/\n"
                + "Disallow: /preview/\n"
                + "\n"
                + "Sitemap: " + site.absolute(requestBase, "/sitemap.xml") + "\n"
                + "Sitemap: " + site.absolute(requestBase, "/sitemap-news.xml") + "\n", "text/plain;charset=utf-8", null);
    }

    private SitemapWriter writer() {
        return new SitemapWriter(site.timeZone());
    }

    private static Instant latest(List<Instant> times) {
        return times.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }
}
