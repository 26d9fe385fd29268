package org.newsroom.cms.plugins.bylines.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugins.bylines.FakeContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.Unique;
import org.newsroom.cms.plugins.bylines.TestDatabase;
import org.newsroom.cms.plugins.bylines.text.Role;

/** The stores' SQL against a real PostgreSQL with the plugin's migration. */
class StoresTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.123456Z");

    private Jdbi jdbi;
    private ContributorStore contributors;
    private BylineStore bylines;
    private AuditStore audit;
    private FakeContext context;

    @BeforeEach
    void init() {
        jdbi = TestDatabase.fresh();
        contributors = new ContributorStore(jdbi);
        bylines = new BylineStore(jdbi);
        context = new FakeContext(jdbi);
        audit = new AuditStore(context);
    }

    private Contributor guest(String name) {
        return contributors.insert(new ContributorStore.Fields(null, name, null, null, true, "HanTer", false), NOW);
    }

    @Test
    void insertFindUpdateAndList() {
        Contributor created = contributors.insert(new ContributorStore.Fields(null, "Hérmansyah", "Bio", null, true,
                null, true), NOW);
        assertThat(created.slug()).isEqualTo("hermansyah");
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.affiliation()).isNull();
        assertThat(contributors.byName("HERMANSYAH")).contains(created);
        assertThat(guest("Hermansyah").slug()).isEqualTo("hermansyah-2");
        assertThat(contributors.byName("hermansyah")).get().extracting(Contributor::slug)
                .as("confirmed before those awaiting confirmation").isEqualTo("hermansyah-2");

        Contributor updated = contributors.update(created, new ContributorStore.Fields(null, "Hermansyah A.", null,
                "herman", false, "HanTer", false), NOW.plusSeconds(60));
        assertThat(updated.username()).isEqualTo("herman");
        assertThat(updated.bio()).isNull();
        assertThat(updated.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(contributors.byUsername("herman")).contains(updated);

        assertThat(contributors.list("herman", null, null, 10)).hasSize(2);
        assertThat(contributors.list(null, false, null, 10)).hasSize(2);
        assertThat(contributors.list(null, null, "hermansyah", 10)).extracting(Contributor::slug)
                .containsExactly("hermansyah-2");
        assertThat(contributors.list("100%_", null, null, 10)).isEmpty();
        assertThat(contributors.list("%", null, null, 10)).as("%% is no wildcard").isEmpty();
        assertThat(contributors.list("_", null, null, 10)).as("_ is no wildcard").isEmpty();
        assertThat(contributors.list("MANSY", null, null, 10)).hasSize(2);
        assertThat(contributors.activeNames()).containsExactlyInAnyOrder("Hermansyah A.", "Hermansyah");
    }

    @Test
    void aTakenSlugIsAUniqueViolation() {
        guest("Rina");
        assertThatThrownBy(() -> contributors.insert(new ContributorStore.Fields("rina", "Rina Two", null, null, true,
                null, false), NOW)).satisfies(e -> assertThat(Unique.violated(e)).isTrue());
    }

    @Test
    void aStaffRecordIsCreatedOnceForAUsername() {
        Contributor first = contributors.forUsername("jane.doe", NOW).orElseThrow();
        assertThat(first.slug()).isEqualTo("jane-doe");
        assertThat(first.guest()).isFalse();
        assertThat(contributors.forUsername("jane.doe", NOW)).contains(first);
    }

    @Test
    void bylinesKeepTheirOrderAndAPersonOncePerRole() {
        UUID article = TestDatabase.article(jdbi, "rina");
        Contributor a = guest("Ani");
        Contributor b = guest("Budi");
        bylines.append(article, new BylineStore.Entry(a.id(), Role.AUTHOR));
        bylines.append(article, new BylineStore.Entry(b.id(), Role.PHOTOGRAPHER));
        bylines.append(article, new BylineStore.Entry(a.id(), Role.AUTHOR)); // ignored
        assertThat(bylines.of(article)).extracting(x -> x.slug() + "/" + x.role().value())
                .containsExactly("ani/author", "budi/photographer");
        assertThat(bylines.hasRole(article, List.of(Role.AUTHOR, Role.REPORTER))).isTrue();
        assertThat(bylines.hasRole(article, List.of(Role.EDITOR))).isFalse();

        bylines.replace(article, List.of(new BylineStore.Entry(b.id(), Role.REPORTER), new BylineStore.Entry(a.id(),
                Role.TRANSLATOR)));
        assertThat(bylines.of(article)).extracting(x -> x.slug() + "/" + x.role().value())
                .containsExactly("budi/reporter", "ani/translator");
        assertThat(bylines.count(a.id())).isEqualTo(1);
        assertThat(bylines.articlesOf(a.id())).containsExactly(article);
        bylines.replace(article, List.of());
        assertThat(bylines.of(article)).isEmpty();
    }

    @Test
    void mergeMovesBylinesDropsDuplicatesAndTheAccountFollows() {
        Contributor keep = guest("Hermansyah");
        Contributor dup = contributors.forUsername("herman", NOW).orElseThrow();
        UUID a1 = TestDatabase.article(jdbi, "rina");
        UUID a2 = TestDatabase.article(jdbi, "rina");
        bylines.replace(a1, List.of(new BylineStore.Entry(keep.id(), Role.AUTHOR), new BylineStore.Entry(dup.id(),
                Role.AUTHOR)));
        bylines.replace(a2, List.of(new BylineStore.Entry(dup.id(), Role.PHOTOGRAPHER)));

        ContributorStore.MergeCounts counts = contributors.merge(dup, keep, NOW);
        assertThat(counts).isEqualTo(new ContributorStore.MergeCounts(1, 1));
        assertThat(bylines.of(a1)).extracting(BylineStore.Byline::slug).containsExactly("hermansyah");
        assertThat(bylines.of(a2)).extracting(BylineStore.Byline::slug).containsExactly("hermansyah");
        assertThat(contributors.bySlug("herman").orElseThrow().mergedInto()).isEqualTo("hermansyah");
        assertThat(contributors.byUsername("herman")).get().extracting(Contributor::slug).isEqualTo("hermansyah");
        assertThat(contributors.bySlugLocked("hermansyah")).get().extracting(Contributor::active).isEqualTo(true);
    }

    @Test
    void theAuditGoesToTheHostTrailWithTheContributorAsSubject() {
        context.caller = new org.newsroom.cms.plugin.api.Caller("ed", java.util.Set.of("EDITOR"));
        audit.record("CREATED", "ani", "one");
        audit.record("UPDATED", "ani", "two");
        audit.record("CREATED", "budi", "three");
        assertThat(context.recorded).extracting(e -> e.type() + " " + e.subject() + " " + e.details())
                .containsExactly("CREATED ani {detail=one}", "UPDATED ani {detail=two}", "CREATED budi {detail=three}");
        assertThat(audit.list("ani", 10)).extracting(AuditStore.Entry::detail).containsExactly("one", "two");
        assertThat(audit.list(null, 2)).hasSize(2);
        assertThat(audit.list("ani", 10).get(0).actor()).isEqualTo("ed");
    }
}
