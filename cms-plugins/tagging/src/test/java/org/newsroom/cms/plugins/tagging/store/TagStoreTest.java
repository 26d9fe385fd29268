package org.newsroom.cms.plugins.tagging.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.tagging.TestDatabase;
import org.newsroom.cms.plugins.tagging.text.TagSuggester;

/** The vocabulary's SQL on a real PostgreSQL with the plugin's migrations. */
class TagStoreTest {

    private TestDatabase db;
    private TagStore tags;
    private ArticleTagStore articleTags;

    @BeforeEach
    void open() {
        db = TestDatabase.begin();
        tags = new TagStore(db.jdbi());
        articleTags = new ArticleTagStore(db.jdbi());
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void freeTagsGetUniqueSlugsAndAreFoundByAnySpellingOfTheirNameOrSynonyms() {
        Tag att = tags.createFree("  AT&T ");
        Tag atSpaceT = tags.createFree("AT T");
        assertThat(att.name()).isEqualTo("AT&T");
        assertThat(att.slug()).isEqualTo("at-t");
        assertThat(atSpaceT.slug()).isEqualTo("at-t-2");
        assertThat(tags.byId(att.id())).contains(att);
        assertThat(tags.bySlug("at-t-2")).contains(atSpaceT);

        Tag russia = tags.createFree("Russia");
        tags.addSynonym(russia.id(), "Rusia", "id");
        assertThat(tags.byName("RÚSIA ")).contains(russia);
        assertThat(tags.keyFreeFor("rusia", null)).isFalse();
        assertThat(tags.keyFreeFor("russia", russia.id())).as("its own name").isTrue();
        assertThat(tags.keyFreeFor("Rossiya", null)).isTrue();
        assertThat(tags.synonyms(russia.id())).extracting(Synonym::name, Synonym::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rusia", "id"));
    }

    @Test
    void creatingATagThatAnotherRequestJustCreatedGivesThatTagNotADuplicateKeyError() {
        Tag first = tags.createFree("Banjir Rob");
        Tag again = tags.createFree("banjir  rob"); // what a concurrent import sees once the first commits
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.slug()).isEqualTo(first.slug());
    }

    @Test
    void mediaTopicsComeWithTheMigrationsAndTheirCues() {
        Tag politics = tags.byCode("medtop:11000000").orElseThrow();
        assertThat(politics.name()).isEqualTo("politics");
        assertThat(politics.controlled()).isTrue();
        assertThat(tags.byName("politik")).as("Indonesian label").contains(politics);
        List<TagSuggester.Topic> topics = tags.topics();
        assertThat(topics).extracting(TagSuggester.Topic::code).doesNotHaveDuplicates().contains("medtop:16000000");
        assertThat(topics.stream().filter(t -> t.code().equals("medtop:16000000")).findFirst().orElseThrow().cues())
                .contains("militer");
    }

    @Test
    void lookupFindsTagsAndSynonymsByKey() {
        Tag iran = tags.createFree("Iran");
        Tag russia = tags.createFree("Russia");
        tags.addSynonym(russia.id(), "Rusia", null);
        Map<String, TagSuggester.KnownTerm> found = tags.lookup(Set.of("iran", "rusia", "nowhere"));
        assertThat(found).containsOnlyKeys("iran", "rusia");
        assertThat(found.get("iran")).isEqualTo(new TagSuggester.KnownTerm(iran.id(), "Iran", null, null));
        assertThat(found.get("rusia")).isEqualTo(new TagSuggester.KnownTerm(russia.id(), "Russia", null, "Rusia"));
        assertThat(tags.lookup(Set.of())).isEmpty();
    }

    @Test
    void searchIsByPrefixMostUsedFirstAndTakesWildcardsLiterally() {
        Tag rare = tags.createFree("Zed rare");
        Tag used = tags.createFree("Zed used");
        articleTags.replace(db.article(), List.of(used));
        assertThat(tags.search("zed", 10)).containsExactly(used, rare);
        assertThat(tags.search("zed", 1)).containsExactly(used);
        assertThat(tags.search("z%", 10)).isEmpty();
        assertThat(tags.search("z_d", 10)).isEmpty();
    }

    @Test
    void renameAndDeleteAndSynonymRemoval() {
        Tag tag = tags.createFree("Jakrta");
        tags.rename(tag.id(), " Jakarta ");
        assertThat(tags.byName("jakarta")).map(Tag::name).contains("Jakarta");
        long synonym = tags.addSynonym(tag.id(), "Batavia", null);
        assertThat(tags.removeSynonym(tag.id() + 1_000_000, synonym)).as("another tag's").isFalse();
        assertThat(tags.removeSynonym(tag.id(), synonym)).isTrue();
        assertThat(tags.synonyms(tag.id())).isEmpty();
        tags.delete(tag.id());
        assertThat(tags.byId(tag.id())).isEmpty();
    }

    @Test
    void mergeMovesArticlesWithoutDuplicatesKeepsPositionsAndMakesTheOldNamesSynonyms() {
        Tag from = tags.createFree("Russia");
        Tag into = tags.createFree("Rusia");
        Tag other = tags.createFree("Iran");
        tags.addSynonym(from.id(), "Rossiya", "ru");
        UUID onlyFrom = db.article();
        UUID both = db.article();
        articleTags.replace(onlyFrom, List.of(other, from));
        articleTags.replace(both, List.of(from, into));

        assertThat(tags.merge(from, into)).as("articles moved").isEqualTo(1);

        assertThat(tags.byId(from.id())).isEmpty();
        assertThat(articleTags.tagsOf(onlyFrom)).containsExactly(other, into);
        assertThat(articleTags.tagsOf(both)).containsExactly(into);
        assertThat(tags.usage(into.id())).isEqualTo(2);
        assertThat(tags.synonyms(into.id())).extracting(Synonym::name).containsExactly("Rossiya", "Russia");
        assertThat(tags.byName("russia")).contains(into);
    }

    @Test
    void auditEntriesAreKept() {
        tags.audit("editor-1", "CREATED", "tag 1 \"Iran\"");
        long n = db.jdbi().withHandle(h -> h.createQuery("select count(*) from plg_tagging_audit where actor = 'editor-1' "
                + "and action = 'CREATED' and detail = 'tag 1 \"Iran\"'").mapTo(Long.class).one());
        assertThat(n).isEqualTo(1);
    }

    @Test
    void searchMatchesNamesSynonymsAndLabelsByWordPrefixIgnoringCaseAndAccentsBestFirst() {
        Locale id = Locale.forLanguageTag("id");
        List<TagMatch> politik = tags.search("politik", id, 10);
        assertThat(politik.get(0).tag().code()).isEqualTo("medtop:11000000");
        assertThat(politik.get(0).field()).isEqualTo(TagMatch.Field.LABEL);
        assertThat(politik.get(0).text()).isEqualTo("politik");
        assertThat(politik.get(0).rank()).isZero();
        assertThat(politik.get(0).tag().label()).isEqualTo("politik");
        assertThat(politik).extracting(m -> m.tag().code()).as("prefix: krisis politik is a word prefix")
                .contains("medtop:20000647");

        List<TagMatch> perang = tags.search("PERANG", id, 20);
        assertThat(perang.get(0).tag().code()).as("the whole label first").isEqualTo("medtop:20000062");
        assertThat(perang).extracting(m -> m.tag().code()).contains("medtop:16000000", "medtop:20000080");
        TagMatch war = perang.stream().filter(m -> m.tag().code().equals("medtop:16000000")).findFirst().orElseThrow();
        assertThat(war.rank()).isEqualTo(2);
        assertThat(war.tag().label()).isEqualTo("konflik, perang dan perdamaian");
        assertThat(war.tag().labelLang()).isEqualTo("id");
        assertThat(tags.search("perdamaián", id, 20)).extracting(m -> m.tag().code()).contains("medtop:16000000");
        assertThat(tags.search("konflik, perang d", id, 5)).extracting(m -> m.tag().code()).contains("medtop:16000000");

        // in English the same topic is labelled by its name, and English names match too
        List<TagMatch> english = tags.search("peace", Locale.ENGLISH, 20);
        assertThat(english).extracting(m -> m.tag().label()).contains("conflict, war and peace", "peace process");
        assertThat(english).filteredOn(m -> m.tag().code().equals("medtop:16000000")).singleElement()
                .satisfies(m -> assertThat(m.tag().labelLang()).isEqualTo("en"));

        Tag russia = tags.createFree("Russia");
        tags.addSynonym(russia.id(), "Rusia", "id");
        assertThat(tags.search("rus", id, 5)).extracting(TagMatch::field, TagMatch::text)
                .contains(org.assertj.core.groups.Tuple.tuple(TagMatch.Field.NAME, "Russia"));
        assertThat(tags.search("rusia", id, 5).get(0)).satisfies(m -> {
            assertThat(m.field()).isEqualTo(TagMatch.Field.SYNONYM);
            assertThat(m.tag().label()).as("a free tag keeps its name").isEqualTo("Russia");
            assertThat(m.tag().labelLang()).isNull();
        });

        assertThat(tags.search("%", id, 10)).as("% is literal").isEmpty();
        assertThat(tags.search("r_sia", id, 10)).as("_ is literal").isEmpty();
        assertThat(tags.search("  ", id, 3)).hasSize(3);
        assertThat(tags.search("perang", 5)).as("the old signature").extracting(Tag::code).contains("medtop:20000062");
    }

    @Test
    void mediaTopicsKnowTheirBroaderTopicsAndLabels() {
        Tag organisation = tags.byCode("medtop:20000644").orElseThrow();
        assertThat(organisation.parentCode()).isEqualTo("medtop:20000638");
        assertThat(tags.broader(organisation.id(), Locale.forLanguageTag("id"))).extracting(Tag::label)
                .containsExactly("politik", "hubungan internasional");
        assertThat(tags.labels(tags.byCode("medtop:11000000").orElseThrow().id())).containsEntry("id", "politik");
        assertThat(tags.byName("konflik, perang dan perdamaian")).map(Tag::code).contains("medtop:16000000");
        assertThat(tags.byName("ekonomi, bisnis dan keuangan")).map(Tag::code).contains("medtop:04000000");
        assertThat(tags.byName("labour")).as("V2's name, kept as a synonym").map(Tag::code).contains("medtop:09000000");
    }
}
