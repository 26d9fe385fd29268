package org.newsroom.cms.core.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;

/** Open revisions (autosaves) take new content until closed; closed ones never do. */
class RevisionTest {

    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");
    private static final UUID WRITER = UUID.randomUUID();

    private static ArticleContent content(String headline) {
        return new ArticleContent(headline, null, "<p>x</p>", null, null, "id", null);
    }

    @Test
    void anOpenRevisionIsOverwrittenUntilClosed() {
        Revision r = new Revision(UUID.randomUUID(), 2, 1, null, WRITER, content("First"), T0, true);
        assertThat(r.isOpenFor(WRITER)).isTrue();
        assertThat(r.isOpenFor(UUID.randomUUID())).as("only for its author").isFalse();
        r.overwrite(content("Second"), T0.plusSeconds(30));
        assertThat(r.content().headline()).isEqualTo("Second");
        assertThat(r.getCreatedAt()).as("the time of its latest write").isEqualTo(T0.plusSeconds(30));
        r.close();
        assertThat(r.isOpen()).isFalse();
        assertThat(r.isOpenFor(WRITER)).isFalse();
        assertThatThrownBy(() -> r.overwrite(content("Third"), T0.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(r.content().headline()).isEqualTo("Second");
    }

    @Test
    void aRevisionOfAnExplicitSaveIsClosedFromTheStart() {
        Revision r = new Revision(UUID.randomUUID(), 1, null, null, WRITER, content("Saved"), T0);
        assertThat(r.isOpen()).isFalse();
        assertThatThrownBy(() -> r.overwrite(content("Again"), T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void submittingRemembersTheWorkingRevision() {
        User author = new User("budi", "Budi", "hash", EnumSet.of(Role.JOURNALIST), T0);
        Article article = new Article(author, "a", content("A"), T0);
        article.recordRevision(new Revision(article.getId(), 1, null, null, author.getId(), content("A"), T0));
        assertThat(article.getSubmittedRevision()).isNull();
        article.recordRevision(new Revision(article.getId(), 2, 1, null, author.getId(), content("B"), T0));
        article.moveTo(ArticleStatus.IN_REVIEW, T0);
        assertThat(article.getSubmittedRevision()).isEqualTo(2);
        article.moveTo(ArticleStatus.CHANGES_REQUESTED, T0);
        article.recordRevision(new Revision(article.getId(), 3, 2, null, author.getId(), content("C"), T0));
        assertThat(article.getSubmittedRevision()).as("until submitted again").isEqualTo(2);
        article.moveTo(ArticleStatus.IN_REVIEW, T0);
        assertThat(article.getSubmittedRevision()).isEqualTo(3);
    }
}
