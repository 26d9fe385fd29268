package org.newsroom.cms.plugins.tagging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.FakeContext;
import org.newsroom.cms.plugins.tagging.TestDatabase;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.MergeRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.NameRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.SynonymRequest;
import org.newsroom.cms.plugins.tagging.rest.TagViews.MergeResult;
import org.newsroom.cms.plugins.tagging.rest.TagViews.TagDetail;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Synonym;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/** Tag management: who may, and what each change does and refuses. */
class TagAdminResourceTest {

    private TestDatabase db;
    private FakeContext context;
    private TagStore tags;
    private ArticleTagStore articleTags;
    private TagAdminResource resource;

    @BeforeEach
    void open() {
        db = TestDatabase.begin();
        context = new FakeContext(db.jdbi()).as("ed", "EDITOR");
        tags = new TagStore(db.jdbi());
        articleTags = new ArticleTagStore(db.jdbi());
        resource = new TagAdminResource(context, tags);
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void onlyEditorsManageTags() {
        context.as("jo", "JOURNALIST");
        assertStatus(() -> resource.created(new NameRequest("Mine")), 403);
        context.caller = null;
        assertStatus(() -> resource.merge(1, new MergeRequest(2L)), 403);
    }

    @Test
    void createRenameAndSynonymsKeepKeysUnique() {
        Tag lonely = resource.created(new NameRequest(" Lonely  one ")).tag();
        assertThat(lonely.name()).isEqualTo("Lonely one");
        assertStatus(() -> resource.created(new NameRequest("LONELY ONE")), 409);
        assertStatus(() -> resource.created(new NameRequest("a;b")), 400);

        Tag other = tags.createFree("Other");
        assertStatus(() -> resource.rename(lonely.id(), new NameRequest("other")), 409);
        assertThat(resource.rename(lonely.id(), new NameRequest("Alone")).tag().name()).isEqualTo("Alone");
        assertStatus(() -> resource.rename(999_999_999, new NameRequest("Ghost")), 404);

        TagDetail withSynonym = resource.addSynonym(other.id(), new SynonymRequest("Lain", "id"));
        assertThat(withSynonym.synonyms()).extracting(Synonym::name).containsExactly("Lain");
        assertStatus(() -> resource.addSynonym(other.id(), new SynonymRequest("alone", null)), 409);
        long synonymId = withSynonym.synonyms().get(0).id();
        assertStatus(() -> resource.removeSynonym(lonely.id(), synonymId), 404);
        assertThat(resource.removeSynonym(other.id(), synonymId).synonyms()).isEmpty();
        assertThat(auditCount("ed")).as("created, renamed, synonym, unsynonym").isEqualTo(4);
    }

    @Test
    void mergeMovesEverythingAndIsAudited() {
        Tag from = tags.createFree("Russia");
        Tag into = tags.createFree("Rusia");
        UUID article = db.article();
        articleTags.replace(article, List.of(from));

        MergeResult result = resource.merge(from.id(), new MergeRequest(into.id()));

        assertThat(result.merged()).isEqualTo("Russia");
        assertThat(result.articlesMoved()).isEqualTo(1);
        assertThat(result.into().tag()).isEqualTo(into);
        assertThat(result.into().articles()).isEqualTo(1);
        assertThat(result.into().synonyms()).extracting(Synonym::name).containsExactly("Russia");
        assertThat(articleTags.tagsOf(article)).containsExactly(into);
        assertThat(auditCount("ed")).isEqualTo(1);
    }

    @Test
    void mergeRefusesItselfMediaTopicsAndMissingTags() {
        Tag free = tags.createFree("Politik lokal");
        Tag politics = tags.byCode("medtop:11000000").orElseThrow();
        assertStatus(() -> resource.merge(free.id(), new MergeRequest(null)), 422);
        assertStatus(() -> resource.merge(free.id(), new MergeRequest(free.id())), 422);
        assertStatus(() -> resource.merge(politics.id(), new MergeRequest(free.id())), 409);
        assertStatus(() -> resource.merge(free.id(), new MergeRequest(999_999_999L)), 404);
        assertThat(resource.merge(free.id(), new MergeRequest(politics.id())).into().tag()).isEqualTo(politics);
    }

    @Test
    void onlyUnusedFreeTagsAreDeleted() {
        Tag used = tags.createFree("Used");
        articleTags.replace(db.article(), List.of(used));
        Tag unused = tags.createFree("Unused");
        assertStatus(() -> resource.deleted(used.id()), 409);
        assertStatus(() -> resource.deleted(tags.byCode("medtop:15000000").orElseThrow().id()), 409);
        resource.deleted(unused.id());
        assertThat(tags.byId(unused.id())).isEmpty();
    }

    @Test
    void searchClampsTheLimit() {
        tags.createFree("Qqq one");
        tags.createFree("Qqq two");
        assertThat(resource.search("qqq", 0)).hasSize(1);
        assertThat(resource.search("qqq", 1000)).hasSize(2);
        assertThat(resource.get(tags.byName("qqq one").orElseThrow().id()).articles()).isZero();
    }

    private long auditCount(String actor) {
        return db.jdbi().withHandle(h -> h.createQuery("select count(*) from plg_tagging_audit where actor = :a")
                .bind("a", actor).mapTo(Long.class).one());
    }

    static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).as(e.detail()).isEqualTo(status));
    }
}
