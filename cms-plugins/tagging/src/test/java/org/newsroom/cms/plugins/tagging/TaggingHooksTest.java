package org.newsroom.cms.plugins.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.ArticleListener;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.CreateFields;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.delivery.PublicCollections;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.ui.NewsroomPanel;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.tagging.TaggingWireParser.WireTags;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Suggestion;

/** The plugin's wiring and its hooks: publish rule, delivery and ninjs both ways, wire suggestions. */
class TaggingHooksTest {

    private TestDatabase db;
    private FakeContext context;
    private TagStore tags;
    private ArticleTagStore articleTags;

    @BeforeEach
    void open() {
        db = TestDatabase.begin();
        context = new FakeContext(db.jdbi());
        tags = new TagStore(db.jdbi());
        articleTags = new ArticleTagStore(db.jdbi());
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void thePluginProvidesOneObjectPerExtensionPointAndReadsItsSettingsTyped() {
        TaggingPlugin plugin = new TaggingPlugin();
        plugin.init(context);
        List<? extends ExtensionPoint> extensions = plugin.extensions();
        assertThat(extensions).hasSize(7).noneMatch(e -> e instanceof ArticleListener);
        assertThat(extensions).filteredOn(e -> e instanceof CreateFields<?>).hasSize(1);
        assertThat(extensions).filteredOn(e -> e instanceof PublicCollections).singleElement()
                .satisfies(c -> assertThat(((PublicCollections) c).segment()).isEqualTo("tags"));
        assertThat(extensions).filteredOn(e -> e instanceof NewsroomPanel).hasSize(1);
        assertThat(extensions).filteredOn(e -> e instanceof TransitionValidator).hasSize(1);
        assertThat(extensions).filteredOn(e -> e instanceof DeliveryContributor).hasSize(1);
        assertThat(extensions).filteredOn(e -> e instanceof WireCopyParser<?>).hasSize(1);
        assertThat(extensions).filteredOn(e -> e instanceof RestExtension).singleElement()
                .satisfies(r -> assertThat(((RestExtension) r).publicResources()).containsOnlyKeys("tags"));
        plugin.close();
        assertThat(plugin.extensions()).isEmpty();

        assertThat(Settings.of(context.config())).isEqualTo(new Settings(false, 20, 0, 10));
        context.config.put("vocabularyMode", "controlled-only");
        assertThat(Settings.of(context.config()).controlledOnly()).isTrue();
    }

    @Test
    void publishingAndSchedulingNeedTheConfiguredMinimum() {
        TaggingValidator validator = new TaggingValidator(context, articleTags);
        UUID id = db.article();
        ArticleSnapshot article = FakeContext.article(id, "Untagged", "", null);
        TransitionEvent publish = new TransitionEvent(article, WorkflowState.APPROVED, WorkflowState.PUBLISHED, "ed", null, false);
        TransitionEvent schedule = new TransitionEvent(article, WorkflowState.APPROVED, WorkflowState.SCHEDULED, "ed", null, false);
        TransitionEvent submit = new TransitionEvent(article, WorkflowState.DRAFT, WorkflowState.IN_REVIEW, "jo", null, false);
        assertThat(validator.validate(publish)).as("no rule by default").isEmpty();

        context.config.put("minTagsToPublish", 2);
        assertThat(validator.validate(publish)).containsExactly("Add at least 2 tags before publishing (it has 0)");
        assertThat(validator.validate(schedule)).hasSize(1);
        assertThat(validator.validate(submit)).isEmpty();
        articleTags.replace(id, List.of(tags.createFree("One"), tags.createFree("Two")));
        assertThat(validator.validate(publish)).isEmpty();
        context.config.put("minTagsToPublish", 3);
        assertThat(validator.validate(publish)).containsExactly("Add at least 3 tags before publishing (it has 2)");
        context.caller = new Caller("ed", "Editor", Locale.forLanguageTag("id"), Set.of("EDITOR"));
        assertThat(validator.validate(publish)).as("in the asking user's language")
                .containsExactly("Tambahkan paling sedikit 3 tag sebelum terbit (saat ini 2)");
    }

    @Test
    void tagsAreDeliveredInTheArticleAndAsNinjsSubjects() {
        TaggingDelivery delivery = new TaggingDelivery(context, tags, articleTags);
        UUID id = db.article();
        ArticleSnapshot article = FakeContext.article(id, "Tagged", "", null);
        assertThat(delivery.ninjs(article, Audience.PUBLIC)).isEmpty();
        Tag free = tags.createFree("Iran");
        Tag politics = tags.byCode("medtop:11000000").orElseThrow();
        articleTags.replace(id, List.of(free, politics));

        // readers get the article's language (Indonesian here); the newsroom the user's, else the article's
        Tag politik = tags.byId(politics.id(), Locale.forLanguageTag("id")).orElseThrow();
        assertThat(politik.label()).isEqualTo("politik");
        assertThat(politik.labelLang()).isEqualTo("id");
        assertThat(delivery.contribute(article, Audience.PUBLIC)).isEqualTo(Map.of("tags", List.of(free, politik)));
        assertThat(delivery.contribute(article, Audience.NEWSROOM)).isEqualTo(Map.of("tags", List.of(free, politik)));
        context.caller = new Caller("ed", "Editor", Locale.ENGLISH, Set.of("EDITOR"));
        assertThat(delivery.contribute(article, Audience.NEWSROOM)).isEqualTo(Map.of("tags", List.of(free, politics)));
        assertThat(delivery.contribute(article, Audience.PUBLIC)).isEqualTo(Map.of("tags", List.of(free, politik)));
        assertThat(delivery.ninjs(article, Audience.PUBLIC)).isEqualTo(Map.of("subjects", List.of(
                Map.of("name", "Iran", "literal", "tag:iran"),
                Map.of("name", "politics", "uri", "http://cv.iptc.org/newscodes/mediatopic/11000000",
                        "literal", "medtop:11000000"))));
    }

    @Test
    void importedNinjsSubjectsBecomeTagsByUriLiteralOrNameUpToTheMaximum() {
        TaggingDelivery delivery = new TaggingDelivery(context, tags, articleTags);
        Tag own = tags.createFree("Own tag");
        UUID id = db.article();
        List<Object> subjects = List.of(
                Map.of("name", "whatever", "uri", "http://cv.iptc.org/newscodes/mediatopic/11000000"),
                Map.of("name", "x", "literal", "tag:" + own.slug()),
                Map.of("name", "sport", "literal", "medtop:15000000"),
                Map.of("name", "Brand new subject"),
                Map.of("name", "<bad>"),
                "not a subject",
                Map.of("name", "politics"));

        delivery.importNinjs(FakeContext.article(id, "Imported", "", null), Map.of("subjects", subjects));
        assertThat(articleTags.tagsOf(id)).extracting(Tag::name)
                .containsExactly("politics", "Own tag", "sport", "Brand new subject");

        context.config.put("vocabularyMode", "controlled-only");
        context.config.put("maxTagsPerArticle", 2);
        UUID other = db.article();
        delivery.importNinjs(FakeContext.article(other, "Imported", "", null),
                Map.of("subjects", List.of(Map.of("name", "Unknown here"), Map.of("name", "sport"),
                        Map.of("name", "politics"), Map.of("name", "health"))));
        assertThat(articleTags.tagsOf(other)).extracting(Tag::name).containsExactly("sport", "politics");
        assertThat(tags.byName("unknown here")).isEmpty();
    }

    @Test
    void wireCopyYieldsTypedSuggestionsThatAreStoredOnceTheArticleExists() throws Exception {
        TaggingWireParser parser = new TaggingWireParser(context, tags, articleTags);
        String[] seed = seed().split("\n", 2);
        List<String> paragraphs = new ArrayList<>();
        for (String line : seed[1].split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        WireDraft draft = new WireDraft(seed().strip(), seed[0], "Jakarta", "HanTer", "id", paragraphs);

        WireParse<WireTags> parse = parser.parse(draft);

        assertThat(parse.draft()).as("nothing taken out of the text").isEqualTo(draft);
        List<String> names = parse.finding().suggestions().stream().map(Suggestion::name).toList();
        assertThat(names).contains("Iran", "SCO").hasSizeLessThanOrEqualTo(10);
        assertThat(parse.notes()).containsExactly(TaggingWireParser.note(parse.finding().suggestions()));
        assertThat(TaggingWireParser.note(parse.finding().suggestions().subList(0, 2)))
                .isEqualTo("tag suggestions to review: " + names.get(0) + ", " + names.get(1));
        assertThat(TaggingWireParser.note(parse.finding().suggestions().subList(0, 5)))
                .isEqualTo("tag suggestions to review: " + String.join(", ", names.subList(0, 3)) + " (+2 more)");

        UUID id = db.article();
        parser.imported(FakeContext.article(id, seed[0], "", null), parse.finding());
        assertThat(articleTags.storedSuggestions(id)).extracting(Suggestion::name).containsExactlyElementsOf(names);
        assertThat(articleTags.tagsOf(id)).as("never applied on their own").isEmpty();

        WireParse<WireTags> nothing = parser.parse(new WireDraft("Sore", "Sore", null, null, "id",
                List.of("Sore ini kami pulang.")));
        assertThat(nothing.finding()).isNull();
        assertThat(nothing.notes()).isEmpty();
    }

    private static String seed() throws Exception {
        try (var in = TaggingHooksTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
