package org.newsroom.cms.web.site;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.core.application.FeedService;
import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.delivery.ArticleCollection;
import org.newsroom.cms.web.site.SiteResponses.Document;

/**
 * The site's feeds, written with ROME: the latest stories as Atom 1.0 ({@code /feed.atom}) and RSS 2.0
 * ({@code /feed.rss}), a plugin collection's stories ({@code /<segment>/<slug>/feed.atom}: a tag, an author),
 * and the latest corrections ({@code /corrections/feed.atom}). A feed's {@code updated} is its newest entry's.
 */
@ApplicationScoped
public class Feeds {

    /** How many stories a feed lists. */
    public static final int ENTRIES = 50;

    static final String ATOM = "application/atom+xml;charset=utf-8";
    static final String RSS = "application/rss+xml;charset=utf-8";

    @Inject
    FeedService feeds;
    @Inject
    DeliveryService delivery;
    @Inject
    SiteSettings site;

    /** The latest stories, as Atom 1.0 or ({@code rss}) RSS 2.0. */
    Document latest(URI requestBase, boolean rss) {
        List<LiveArticle> latest = feeds.latest(ENTRIES);
        String path = rss ? "/feed.rss" : "/feed.atom";
        return write(feed("urn:newsroom-cms:feed:latest", site.name(), "/", path, requestBase,
                stories(latest, requestBase)), rss);
    }

    /** The latest corrections, one entry per correction, newest first. */
    Document corrections(URI requestBase) {
        UnaryOperator<String> absolute = p -> site.absolute(requestBase, p);
        List<SyndEntry> entries = feeds.recentCorrections(ENTRIES).stream()
                .map(c -> FeedEntries.correction(c, site.name(), absolute)).toList();
        return write(feed("urn:newsroom-cms:feed:corrections", "Corrections — " + site.name(), "/corrections",
                "/corrections/feed.atom", requestBase, entries), false);
    }

    /**
     * The Atom feed of a plugin's collection at {@code /<segment>/<slug>}, empty when there is no such collection.
     * Its ids and self link name the collection's canonical slug.
     */
    public Optional<Document> collection(String segment, String slug, URI requestBase) {
        return delivery.collection(segment, slug, null, ENTRIES).map(c -> collectionFeed(segment, c, requestBase));
    }

    /**
     * Answers {@code GET /<segment>/<slug>/feed.atom} for the site's router: the feed, a 301 to the canonical
     * slug's feed, or {@code false} (nothing sent) when there is no such collection, for the site's 404 page.
     */
    public boolean serveCollection(HttpServletRequest request, HttpServletResponse response, String segment, String slug)
            throws IOException {
        Optional<ArticleCollection> found = delivery.collection(segment, slug, null, ENTRIES);
        if (found.isEmpty()) {
            return false;
        }
        if (!found.get().slug().equals(slug)) {
            response.setStatus(301);
            response.setHeader("Location", "/" + segment + "/" + found.get().slug() + "/feed.atom");
            return true;
        }
        SiteResponses.send(request, response, collectionFeed(segment, found.get(), SiteViews.requestBase(request)));
        return true;
    }

    private Document collectionFeed(String segment, ArticleCollection c, URI requestBase) {
        List<LiveArticle> stories = feeds.articles(c.articles().items().stream().map(ArticleSnapshot::id).toList());
        String page = "/" + segment + "/" + c.slug();
        return write(feed("urn:newsroom-cms:feed:" + segment + ":" + c.slug(), c.name() + " — " + site.name(),
                page, page + "/feed.atom", requestBase, stories(stories, requestBase)), false);
    }

    private List<SyndEntry> stories(List<LiveArticle> stories, URI requestBase) {
        UnaryOperator<String> absolute = p -> site.absolute(requestBase, p);
        List<SyndEntry> entries = new ArrayList<>();
        for (LiveArticle live : stories) { // one plugin call per story: what the article page costs too
            entries.add(FeedEntries.story(live, delivery.publicParts(live), site.name(), absolute));
        }
        return entries;
    }

    private SyndFeed feed(String id, String title, String page, String self, URI requestBase, List<SyndEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setUri(id);
        feed.setTitle(title);
        feed.setDescription(title);
        feed.setLink(site.absolute(requestBase, page));
        SyndLink alternate = link("alternate", "text/html", site.absolute(requestBase, page));
        SyndLink selfLink = link("self", self.endsWith(".rss") ? "application/rss+xml" : "application/atom+xml",
                site.absolute(requestBase, self));
        feed.setLinks(List.of(alternate, selfLink));
        SyndPersonImpl author = new SyndPersonImpl(); // Atom wants one for the feed when it has no entries
        author.setName(site.name());
        feed.setAuthors(List.of(author));
        feed.setPublishedDate(FeedEntries.date(newest(entries)));
        feed.setEntries(entries);
        return feed;
    }

    /** The newest entry's time; for a feed with none, the epoch (stable, so its ETag is too). */
    private static Instant newest(List<SyndEntry> entries) {
        return entries.stream().map(e -> e.getUpdatedDate() == null ? e.getPublishedDate() : e.getUpdatedDate())
                .map(java.util.Date::toInstant).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    static Document write(SyndFeed feed, boolean rss) {
        feed.setFeedType(rss ? "rss_2.0" : "atom_1.0");
        feed.setEncoding("UTF-8");
        StringWriter out = new StringWriter();
        try {
            new SyndFeedOutput().output(feed, out, false);
        } catch (IOException | FeedException e) {
            throw new IllegalStateException("ROME could not write the feed " + feed.getUri(), e);
        }
        return Document.text(out.toString(), rss ? RSS : ATOM, feed.getPublishedDate().toInstant());
    }
}
