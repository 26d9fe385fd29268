package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.audit.AuditEvent;

/** What readers saw before a moment, from the audit trail's publications and the revisions' times. */
class PublicHistoryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");
    private static final UUID ARTICLE = UUID.randomUUID();
    private static final UUID EDITOR = UUID.randomUUID();

    private final List<Revision> revisions = new ArrayList<>();
    private final List<AuditEvent> events = new ArrayList<>();

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private void save(int minutes) {
        int number = revisions.size() + 1;
        revisions.add(new Revision(ARTICLE, number, number - 1, null, EDITOR,
                new ArticleContent("Headline " + number, null, "<p>x</p>", null, null, "id", null), at(minutes)));
    }

    private void event(int minutes, AuditEvent.Action action, ArticleStatus from, ArticleStatus to) {
        events.add(new AuditEvent(ARTICLE, EDITOR, action, from, to, null, at(minutes)));
    }

    private Integer seenBefore(int minutes) {
        return PublicHistory.liveBefore(at(minutes), events, revisions).map(Revision::getNumber).orElse(null);
    }

    @Test
    void aCorrectionReplacesTheRevisionTheLastPublicationMadeLiveNotTheLatestEdit() {
        save(0);
        event(1, AuditEvent.Action.TRANSITION, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW);
        save(2);
        event(3, AuditEvent.Action.TRANSITION, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED); // revision 2 live
        save(4);
        save(5);
        event(6, AuditEvent.Action.CORRECTED, ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED); // revision 4 live
        assertThat(seenBefore(6)).as("the first correction replaced what was published").isEqualTo(2);
        save(7);
        event(8, AuditEvent.Action.CORRECTED, ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED);
        assertThat(seenBefore(8)).as("the second one replaced what the first published").isEqualTo(4);
    }

    @Test
    void republishingAndPublishingAgainAfterUnpublishingCountButUnpublishingDoesNot() {
        save(0);
        event(1, AuditEvent.Action.TRANSITION, ArticleStatus.APPROVED, ArticleStatus.PUBLISHED); // 1
        save(2);
        event(3, AuditEvent.Action.REPUBLISHED, ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED); // 2
        assertThat(seenBefore(4)).isEqualTo(2);
        event(5, AuditEvent.Action.TRANSITION, ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED);
        save(6);
        assertThat(seenBefore(7)).as("unpublishing makes nothing else live").isEqualTo(2);
        event(8, AuditEvent.Action.TRANSITION, ArticleStatus.UNPUBLISHED, ArticleStatus.PUBLISHED); // 3
        save(9);
        assertThat(seenBefore(10)).isEqualTo(3);
        event(11, AuditEvent.Action.RESTORED, null, null);
        assertThat(seenBefore(12)).isEqualTo(3);
    }

    @Test
    void beforeTheFirstPublicationReadersSawNothing() {
        save(0);
        event(1, AuditEvent.Action.TRANSITION, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW);
        event(2, AuditEvent.Action.TRANSITION, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED);
        assertThat(seenBefore(2)).as("strictly before the moment").isNull();
        assertThat(seenBefore(3)).isEqualTo(1);
    }
}
