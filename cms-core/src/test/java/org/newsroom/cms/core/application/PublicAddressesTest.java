package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.plugin.api.delivery.PublicParts;

class PublicAddressesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private final User author = new User("budi", "Budi", "x", Set.of(Role.JOURNALIST), NOW);
    private final ArticleContent content = new ArticleContent("Banjir", null, "<p>x</p>", "Jakarta", "HanTer", "id",
            "nasional");
    private final Article article = new Article(author, "banjir-jakarta", content, NOW);
    private final PublicParts parts = new PublicParts(
            List.of(new PublicParts.Person("Hermansyah", "author", "/authors/hermansyah", true),
                    new PublicParts.Person("Tamu", "contributor", null, false)),
            List.of(new PublicParts.Subject("Banjir", "/tags/banjir", null, null)),
            List.of(new PublicParts.Picture("p1", "/api/public/photos/p1", "/api/public/photos/p1.newsml", "image/jpeg",
                    800, 600, List.of(new PublicParts.Rendition("/api/public/photos/p1/320", 320, 240)), "c", "cr",
                    null, null, "alt", true)),
            Map.of());

    @Test
    void aKilledArticleNamesItsDocumentsListsCollectionsAndPictures() {
        Set<String> paths = PublicAddresses.of(new LiveArticle(article, content, List.of()), parts,
                PublicChange.Kind.KILLED);
        assertThat(paths).containsExactlyInAnyOrder("/articles/banjir-jakarta", "/api/public/articles/banjir-jakarta",
                "/api/public/articles/banjir-jakarta.ninjs", "/api/public/articles/banjir-jakarta.newsml", "/",
                "/feed.atom", "/feed.rss", "/api/public/articles", "/sitemap-news.xml", "/sections/nasional",
                "/authors/hermansyah", "/authors/hermansyah/feed.atom", "/tags/banjir", "/tags/banjir/feed.atom",
                "/api/public/photos/p1", "/api/public/photos/p1.newsml", "/api/public/photos/p1/320");
    }

    @Test
    void aCorrectionAddsTheCorrectionsPageAndFeedButKeepsThePictures() {
        Set<String> paths = PublicAddresses.of(new LiveArticle(article, content, List.of()), parts,
                PublicChange.Kind.CORRECTED);
        assertThat(paths).contains("/corrections", "/corrections/feed.atom", "/articles/banjir-jakarta")
                .doesNotContain("/api/public/photos/p1");
    }

    @Test
    void anArticleWithCorrectionsTakesThemOffTheCorrectionsPageWhenUnpublished() {
        Correction earlier = new Correction(article.getId(), 1L, "Nama diperbaiki", NOW, UUID.randomUUID());
        Set<String> paths = PublicAddresses.of(new LiveArticle(article, content, List.of(earlier)), PublicParts.NONE,
                PublicChange.Kind.UNPUBLISHED);
        assertThat(paths).contains("/corrections", "/corrections/feed.atom");
    }

    @Test
    void eachCorrectionsDiffPageIsNamed() throws Exception {
        Correction stored = new Correction(article.getId(), 1L, "Nama diperbaiki", NOW, UUID.randomUUID());
        java.lang.reflect.Field id = Correction.class.getDeclaredField("id");
        id.setAccessible(true); // the database assigns it
        id.set(stored, 42L);
        Set<String> paths = PublicAddresses.of(new LiveArticle(article, content, List.of(stored)), PublicParts.NONE,
                PublicChange.Kind.KILLED);
        assertThat(paths).contains("/articles/banjir-jakarta/corrections/42");
    }

    @Test
    void withoutSectionOrPartsOnlyTheArticleAndSiteWideListsRemain() {
        ArticleContent bare = new ArticleContent("Banjir", null, "<p>x</p>", null, null, "id", null);
        Set<String> paths = PublicAddresses.of(new LiveArticle(article, bare, List.of()), PublicParts.NONE,
                PublicChange.Kind.REPUBLISHED);
        assertThat(paths).hasSize(9).noneMatch(p -> p.startsWith("/sections/") || p.startsWith("/corrections"));
    }
}
