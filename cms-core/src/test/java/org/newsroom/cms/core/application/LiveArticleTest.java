package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;

/** A story's modification time is its last publication or its latest correction, whichever came last. */
class LiveArticleTest {

    private static final Instant PUBLISHED = Instant.parse("2026-12-01T01:00:00Z");
    private static final ArticleContent CONTENT = new ArticleContent("Headline", null, "<p>Body</p>", null, null, "id", null);

    @Test
    void aCorrectionAfterTheLastPublicationMovesIt() {
        Article a = published();
        Instant corrected = PUBLISHED.plusSeconds(3600);
        Correction late = new Correction(a.getId(), 1L, "Name spelt right", corrected, UUID.randomUUID());
        Correction early = new Correction(a.getId(), 1L, "Earlier", PUBLISHED.minusSeconds(60), UUID.randomUUID());
        assertThat(new LiveArticle(a, CONTENT, List.of(late, early)).modifiedAt()).isEqualTo(corrected);
    }

    @Test
    void withoutCorrectionsItIsTheLastPublication() {
        assertThat(new LiveArticle(published(), CONTENT, List.of()).modifiedAt()).isEqualTo(PUBLISHED);
    }

    private static Article published() {
        User author = new User("writer", "Writer", "x", Set.of(Role.JOURNALIST), PUBLISHED);
        Article a = new Article(author, "headline", CONTENT, PUBLISHED);
        a.goLive(new Revision(a.getId(), 1, null, null, author.getId(), CONTENT, PUBLISHED), PUBLISHED);
        return a;
    }
}
