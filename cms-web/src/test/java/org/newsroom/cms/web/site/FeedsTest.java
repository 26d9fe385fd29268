package org.newsroom.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.core.application.FeedService;
import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.NewsroomSettings;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.article.RevisionRepository;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.delivery.ArticleCollection;
import org.newsroom.cms.plugin.api.delivery.PublicParts;

/** Feeds written from the published-article model and the plugins' parts, read back with ROME's parser. */
class FeedsTest {

    private static final Instant FIRST = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant CORRECTED = Instant.parse("2026-12-01T05:00:00Z");
    private static final URI REQUEST = URI.create("http://localhost:8080/");

    private final Article plain = published("Plain story", "<p>Body.</p>", FIRST.plusSeconds(600));
    private final Article corrected = published("Corrected story", "<p>Fixed.</p>", FIRST);
    private final Correction correction = new Correction(corrected.getId(), 1L, "The minister's name is Sjafrie.",
            CORRECTED, UUID.randomUUID());

    private final PublicParts parts = new PublicParts(
            List.of(new PublicParts.Person("Hermansyah", "author", "/authors/hermansyah", true),
                    new PublicParts.Person("Photo Desk", "photographer", null, false)),
            List.of(new PublicParts.Subject("politik", "/tags/politik", null, null)),
            List.of(new PublicParts.Picture("p1", "/api/public/photos/p1/original", null, "image/jpeg", 640, 480,
                    List.of(), "Caption", "HanTer", null, null, "Alt", true)),
            Map.of());

    private final Feeds feeds = feeds();

    @Test
    void theAtomFeedParsesWithStableIdsAndACorrectedEntryUpdatedAfterItsPublication() throws Exception {
        SyndFeed feed = parse(feeds.latest(REQUEST, false));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactly(
                "urn:newsroom-cms:article:" + plain.getId(), "urn:newsroom-cms:article:" + corrected.getId());
        SyndEntry fixed = feed.getEntries().get(1);
        assertThat(fixed.getPublishedDate().toInstant()).isEqualTo(FIRST);
        assertThat(fixed.getUpdatedDate().toInstant()).isEqualTo(CORRECTED).isAfter(fixed.getPublishedDate().toInstant());
        assertThat(feed.getPublishedDate().toInstant()).as("feed updated = newest entry's").isEqualTo(CORRECTED);
        assertThat(fixed.getLink()).isEqualTo("https://news.example.id/articles/corrected-story");
        assertThat(fixed.getAuthors()).extracting(p -> p.getName()).containsExactly("Hermansyah");
        assertThat(fixed.getAuthors().get(0).getUri()).isEqualTo("https://news.example.id/authors/hermansyah");
        assertThat(fixed.getCategories()).extracting(c -> c.getName()).containsExactly("politik");
        assertThat(fixed.getEnclosures()).singleElement().satisfies(e -> {
            assertThat(e.getUrl()).isEqualTo("https://news.example.id/api/public/photos/p1/original");
            assertThat(e.getType()).isEqualTo("image/jpeg");
        });
        assertThat(fixed.getDescription().getValue()).isEqualTo("Standfirst of Corrected story");
        assertThat(fixed.getContents().get(0).getValue()).isEqualTo("<p>Fixed.</p>");
        assertThat(parse(feeds.latest(REQUEST, false)).getEntries()).extracting(SyndEntry::getUri)
                .as("ids stable across fetches").containsExactlyElementsOf(feed.getEntries().stream().map(SyndEntry::getUri).toList());
    }

    @Test
    void theRssFeedParsesWithGuidsAndDates() throws Exception {
        SiteResponses.Document rss = feeds.latest(REQUEST, true);
        assertThat(rss.contentType()).isEqualTo("application/rss+xml;charset=utf-8");
        SyndFeed feed = parse(rss);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactly(
                "urn:newsroom-cms:article:" + plain.getId(), "urn:newsroom-cms:article:" + corrected.getId());
        assertThat(feed.getEntries().get(1).getPublishedDate().toInstant()).isEqualTo(FIRST);
        assertThat(new String(rss.body(), StandardCharsets.UTF_8)).contains("<guid isPermaLink=\"false\">urn:newsroom-cms:article:");
    }

    @Test
    void withoutBylinesTheSiteIsTheAuthor() throws Exception {
        Feeds anonymous = feeds();
        anonymous.delivery = delivery(PublicParts.NONE);
        SyndEntry entry = parse(anonymous.latest(REQUEST, false)).getEntries().get(0);
        assertThat(entry.getAuthors()).extracting(p -> p.getName()).containsExactly("Harian Terbit");
        assertThat(entry.getEnclosures()).isEmpty();
    }

    @Test
    void theCorrectionsFeedHasOneEntryPerCorrection() throws Exception {
        SyndFeed feed = parse(feeds.corrections(REQUEST));
        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getDescription().getValue()).isEqualTo("The minister's name is Sjafrie.");
            assertThat(e.getUpdatedDate().toInstant()).isEqualTo(CORRECTED);
            assertThat(e.getLink()).isEqualTo("https://news.example.id/articles/corrected-story");
            assertThat(e.getUri()).startsWith("urn:newsroom-cms:correction:");
        });
    }

    @Test
    void aCollectionFeedListsItsStoriesAndIsEmptyWhenThereIsNone() throws Exception {
        SyndFeed feed = parse(feeds.collection("tags", "politik", REQUEST).orElseThrow());
        assertThat(feed.getUri()).isEqualTo("urn:newsroom-cms:feed:tags:politik");
        assertThat(feed.getTitle()).isEqualTo("Politik — Harian Terbit");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:newsroom-cms:article:" + corrected.getId());
        assertThat(feeds.collection("tags", "nothing", REQUEST)).isEmpty();
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() throws Exception {
        Feeds empty = feeds();
        empty.feeds = new FeedService(articles(List.of()), revisions(List.of()), Clock.fixed(CORRECTED, ZoneOffset.UTC));
        SyndFeed feed = parse(empty.latest(REQUEST, false));
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getPublishedDate()).isNotNull();
    }

    static SyndFeed parse(SiteResponses.Document document) throws Exception {
        return new SyndFeedInput().build(new StringReader(new String(document.body(), StandardCharsets.UTF_8)));
    }

    private Feeds feeds() {
        Feeds f = new Feeds();
        f.feeds = new FeedService(articles(List.of(plain, corrected)), revisions(List.of(correction)),
                Clock.fixed(CORRECTED, ZoneOffset.UTC));
        f.delivery = delivery(parts);
        f.site = new SiteSettings(URI.create("https://news.example.id"), "Harian Terbit", null,
                new NewsroomSettings("id", ZoneId.of("Asia/Jakarta")));
        return f;
    }

    private DeliveryService delivery(PublicParts given) {
        return new DeliveryService() {
            @Override
            public PublicParts publicParts(LiveArticle live) {
                return given;
            }

            @Override
            public Optional<ArticleCollection> collection(String segment, String slug, Cursor after, int limit) {
                if (!slug.equals("politik")) {
                    return Optional.empty();
                }
                var snapshot = org.newsroom.cms.core.plugin.ArticleSnapshots.live(corrected, corrected.getLiveRevision().content());
                return Optional.of(new ArticleCollection("politik", "Politik", null, "id",
                        new org.newsroom.cms.plugin.api.PublishedPage(List.of(snapshot), null)));
            }
        };
    }

    private static ArticleRepository articles(List<Article> live) {
        return (ArticleRepository) Proxy.newProxyInstance(FeedsTest.class.getClassLoader(), new Class<?>[] {ArticleRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "livePage" -> live;
                    case "findLive" -> live.stream().filter(a -> ((java.util.Collection<?>) args[0]).contains(a.getId())).toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RevisionRepository revisions(List<Correction> corrections) {
        return (RevisionRepository) Proxy.newProxyInstance(FeedsTest.class.getClassLoader(), new Class<?>[] {RevisionRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "corrections" -> corrections.stream()
                            .filter(c -> ((java.util.Collection<?>) args[0]).contains(c.getArticleId())).toList();
                    case "recentLiveCorrections" -> corrections;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Article published(String headline, String body, Instant at) {
        ArticleContent content = new ArticleContent(headline, "Standfirst of " + headline, body, "Jakarta", "HanTer", "id", null);
        User author = new User("writer", "Writer", "x", Set.of(Role.JOURNALIST), at);
        Article a = new Article(author, headline.toLowerCase().replace(' ', '-'), content, at);
        a.goLive(new Revision(a.getId(), 1, null, null, author.getId(), content, at), at);
        return a;
    }
}
