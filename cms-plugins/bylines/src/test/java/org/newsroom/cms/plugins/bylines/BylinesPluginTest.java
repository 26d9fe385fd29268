package org.newsroom.cms.plugins.bylines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.AccountListener;
import org.newsroom.cms.plugin.api.ArticleListener;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.ui.NewsroomPanel;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.text.Role;
import org.newsroom.cms.plugins.bylines.text.WireByline;

/** The plugin as the host uses it: found by ServiceLoader, its hooks against a real database. */
class BylinesPluginTest {

    private Jdbi jdbi;
    private FakeContext context;
    private CmsPlugin plugin;

    @BeforeEach
    void init() {
        jdbi = TestDatabase.fresh();
        context = new FakeContext(jdbi);
        plugin = ServiceLoader.load(CmsPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("bylines")).findFirst().orElseThrow();
        plugin.init(context);
    }

    @Test
    void registeredWithItsSettingsAndOneClassPerExtensionPoint() {
        assertThat(plugin).isInstanceOf(BylinesPlugin.class);
        assertThat(plugin.configMetadata()).extracting(ConfigSetting::key)
                .containsExactly("requireAuthorToPublish", "extraPatterns", "defaultRole", "agencies");
        assertThat(plugin.configMetadata().get(0).defaultValue()).isEqualTo(true);
        assertThat(plugin.configMetadata().get(2).defaultValue()).isEqualTo("author");
        assertThat(plugin.configMetadata().get(2).allowed()).contains("author", "photographer", "translator");
        assertThat(plugin.configMetadata().get(3).type()).isEqualTo(ConfigSetting.Type.LIST);
        assertThat(plugin.configMetadata().get(3).defaultValue()).isEqualTo(List.of("ant=Antara", "dtk=detikcom",
                "kmp=Kompas", "tmp=Tempo", "rtr=Reuters", "afp=AFP", "ap=AP"));
        assertThat(plugin.extensions()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "BylinesListener", "BylinesValidator", "BylinesDelivery", "BylinesCollections", "BylinesWireParser", "BylinesRoutes",
                "BylinesCreateFields", "BylinesAccounts", "BylinesPanel");
        for (Class<? extends ExtensionPoint> point : List.of(ArticleListener.class, TransitionValidator.class,
                DeliveryContributor.class, WireCopyParser.class, RestExtension.class, AccountListener.class,
                NewsroomPanel.class, org.newsroom.cms.plugin.api.delivery.PublicCollections.class,
                org.newsroom.cms.plugin.api.CreateFields.class)) {
            assertThat(plugin.extensions().stream().filter(point::isInstance)).as(point.getSimpleName()).hasSize(1);
        }
        plugin.close();
        assertThat(plugin.extensions()).isEmpty();
    }

    @Test
    void anInvalidExtraPatternIsRefusedNamingTheSettingAndThePattern() {
        var errors = plugin.validateConfig(Map.of("extraPatterns",
                List.of("^Laporan (?<name>.+)$", "([unclosed")));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("extraPatterns");
            assertThat(e.message()).contains("([unclosed", "pattern 2");
        });
        assertThat(plugin.validateConfig(Map.of("extraPatterns", List.of("^Laporan (?<name>.+)$"),
                "agencies", List.of("ant=Antara")))).isEmpty();
        assertThat(plugin.validateConfig(Map.of())).isEmpty();
    }

    @Test
    void theCreatorBecomesTheFirstAuthorOnceAndIsAudited() {
        ArticleSnapshot first = article("rina");
        ArticleSnapshot second = article("rina");
        extension(ArticleListener.class).articleCreated(first);
        extension(ArticleListener.class).articleCreated(second);

        BylineStore bylines = new BylineStore(jdbi);
        assertThat(bylines.of(first.id())).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("rina");
            assertThat(b.role()).isEqualTo(Role.AUTHOR);
            assertThat(b.guest()).isFalse();
        });
        assertThat(bylines.of(second.id())).extracting(BylineStore.Byline::slug).containsExactly("rina");
        assertThat(context.recorded.stream().filter(e -> e.type().equals("CREATED") && e.subject().equals("rina")))
                .as("created once, audited once").hasSize(1);

        context.config.put("defaultRole", "reporter");
        ArticleSnapshot third = article("ani");
        extension(ArticleListener.class).articleCreated(third);
        assertThat(bylines.of(third.id())).extracting(BylineStore.Byline::role).containsExactly(Role.REPORTER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void parsesTheSeedIntoATypedFindingAndCleanParagraphs() throws IOException {
        context.config.put("extraPatterns", List.of("([unclosed", "^Laporan (?<name>.+)$")); // stored before checks
        WireCopyParser<List<WireByline>> parser = extension(WireCopyParser.class);
        assertThat(parser.order()).isEqualTo(200);

        List<String> paragraphs = seed();
        WireDraft draft = new WireDraft("raw", "Iran akan Tingkatkan Kerja Sama Militer dengan Rusia", "Jakarta",
                "HanTer", "id", paragraphs);
        WireParse<List<WireByline>> parsed = parser.parse(draft);

        assertThat(parsed.finding()).containsExactly(new WireByline("Hermansyah", Role.AUTHOR, null));
        assertThat(parsed.notes()).isEmpty();
        assertThat(parsed.draft().datelineSource()).isEqualTo("HanTer");
        assertThat(parsed.draft().paragraphs().get(parsed.draft().paragraphs().size() - 1)).endsWith("(JCPOA).");
        assertThat(String.join("\n", parsed.draft().paragraphs())).doesNotContain("Hermansyah");
        assertThat(parsed.draft().paragraphs()).hasSameSizeAs(paragraphs);
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingFoundLeavesTheDraftAlone() {
        WireDraft draft = new WireDraft("raw", "H", null, null, "en", List.of("The minister arrived in Jakarta."));
        WireParse<List<WireByline>> parsed = extension(WireCopyParser.class).parse(draft);
        assertThat(parsed.draft()).isSameAs(draft);
        assertThat(parsed.finding()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAgencySignOffSetsTheDatelineSourceAndKeepsTheInitialsAsANote() {
        WireCopyParser<List<WireByline>> parser = extension(WireCopyParser.class);
        WireDraft draft = new WireDraft("raw", "Rapat", "Jakarta", null, "id", List.of(
                "Menteri itu mengatakan rapat akan dilanjutkan pada hari Senin.", "Kedua pihak sepakat. (ant/rdk)"));
        WireParse<List<WireByline>> parsed = parser.parse(draft);

        assertThat(parsed.finding()).as("initials are no person's byline").isNull();
        assertThat(parsed.draft().datelineSource()).isEqualTo("Antara");
        assertThat(parsed.notes()).containsExactly("desk sign-off: rdk");
        assertThat(parsed.draft().paragraphs()).containsExactly(
                "Menteri itu mengatakan rapat akan dilanjutkan pada hari Senin.", "Kedua pihak sepakat.");

        context.config.put("agencies", List.of("hnt=HanTer"));
        WireParse<List<WireByline>> edited = parser.parse(new WireDraft("raw", "Rapat", "Jakarta", "Antara", "id",
                List.of("Menteri itu mengatakan rapat akan dilanjutkan.", "Kedua pihak sepakat. (Budi Santoso/hnt)")));
        assertThat(edited.draft().datelineSource()).isEqualTo("HanTer");
        assertThat(edited.finding()).containsExactly(new WireByline("Budi Santoso", Role.AUTHOR, "HanTer"));
        assertThat(edited.notes()).singleElement().asString().contains("\"Antara\" replaced by \"HanTer\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWriterNamedInTheCopyReplacesTheImportersDefaultByline() {
        context.caller = new Caller("importer", Set.of("JOURNALIST"));
        WireCopyParser<List<WireByline>> parser = extension(WireCopyParser.class);
        WireParse<List<WireByline>> parsed = parser.parse(new WireDraft("raw", "Rapat", "Jakarta", "Antara", "id",
                List.of("Menteri itu mengatakan rapat akan dilanjutkan pada hari Senin.", "Reporter: Safari Ahmad")));
        assertThat(parsed.finding()).containsExactly(new WireByline("Safari Ahmad", Role.REPORTER, null));

        ArticleSnapshot article = article("importer", "Antara");
        extension(ArticleListener.class).articleCreated(article); // the host creates the article first
        parser.imported(article, parsed.finding());

        BylineStore bylines = new BylineStore(jdbi);
        assertThat(bylines.of(article.id())).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Safari Ahmad");
            assertThat(b.role()).isEqualTo(Role.REPORTER);
            assertThat(b.guest()).isTrue();
            assertThat(b.needsConfirmation()).isTrue();
        });
        assertThat(extension(DeliveryContributor.class).contribute(article, null).get("text"))
                .isEqualTo("Oleh Safari Ahmad");
        assertThat(one("select affiliation from plg_bylines_contributor "
                + "where display_name = 'Safari Ahmad'", String.class)).isEqualTo("Antara");
        assertThat(context.recorded.stream().filter(e -> e.subject().equals("safari-ahmad"))
                .map(e -> e.actor() + ": " + e.details().get("detail")))
                .singleElement().asString().startsWith("importer: guest from wire copy of article " + article.id());
        assertThat(extension(TransitionValidator.class).validate(move(article, WorkflowState.PUBLISHED)))
                .as("a reporter is a writer: the article may be published").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyAPhotographerInTheCopyIsAddedAfterTheImporter() {
        ArticleSnapshot article = article("importer");
        extension(ArticleListener.class).articleCreated(article);
        extension(WireCopyParser.class).imported(article, List.of(new WireByline("Rudi Hartono", Role.PHOTOGRAPHER,
                null)));
        assertThat(new BylineStore(jdbi).of(article.id())).extracting(b -> b.name() + "/" + b.role().value())
                .containsExactly("importer/author", "Rudi Hartono/photographer");
    }

    @Test
    void anImportedNinjsByGoesTheSameWayAndReusesKnownContributors() {
        ArticleSnapshot first = article("editor");
        extension(ArticleListener.class).articleCreated(first);
        extension(DeliveryContributor.class).importNinjs(first,
                Map.of("by", "Oleh Hermansyah dan Siti Rahma. Foto: Budi"));
        ArticleSnapshot second = article("editor");
        extension(ArticleListener.class).articleCreated(second);
        extension(DeliveryContributor.class).importNinjs(second, Map.of("by", "By HERMANSYAH"));

        BylineStore bylines = new BylineStore(jdbi);
        assertThat(bylines.of(first.id())).extracting(b -> b.name() + "/" + b.role().value())
                .containsExactly("Hermansyah/author", "Siti Rahma/author", "Budi/photographer");
        assertThat(bylines.of(second.id())).extracting(BylineStore.Byline::slug).containsExactly("hermansyah");
        Map<String, Object> ninjs = extension(DeliveryContributor.class).ninjs(first, null);
        assertThat(ninjs).containsEntry("by", "Oleh Hermansyah dan Siti Rahma. Foto: Budi");
        assertThat(context.recorded.stream().filter(e -> e.subject().equals("hermansyah"))
                .map(e -> String.valueOf(e.details().get("detail")))).singleElement().asString()
                .contains("guest from the ninjs import");
    }

    @Test
    void publishingOrSchedulingWithoutAWriterIsVetoed() {
        TransitionValidator validator = extension(TransitionValidator.class);
        ArticleSnapshot article = article("rina");
        assertThat(validator.validate(move(article, WorkflowState.PUBLISHED)))
                .containsExactly("Add an author byline before publishing");
        assertThat(validator.validate(move(article, WorkflowState.SCHEDULED)))
                .containsExactly("Add an author byline before publishing");
        assertThat(validator.validate(move(article, WorkflowState.IN_REVIEW))).isEmpty();
        Caller before = context.caller;
        context.caller = new Caller("redaktur", "Redaktur", Locale.forLanguageTag("id"), Set.of("EDITOR"));
        assertThat(validator.validate(move(article, WorkflowState.PUBLISHED))).as("in the asking user's language")
                .containsExactly("Tambahkan byline penulis sebelum terbit");
        context.caller = before;

        ArticleSnapshot withAuthor = article("rina");
        extension(ArticleListener.class).articleCreated(withAuthor);
        assertThat(validator.validate(move(withAuthor, WorkflowState.PUBLISHED))).isEmpty();

        context.config.put("requireAuthorToPublish", false);
        assertThat(validator.validate(move(article, WorkflowState.PUBLISHED))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeedImportedByHms01IsBylinedHermansyahItsStaffRecordWhichFollowsRenames() throws IOException {
        context.caller = new Caller("hms01", "Hermansyah", Locale.forLanguageTag("id"), Set.of("JOURNALIST"));
        WireCopyParser<List<WireByline>> parser = extension(WireCopyParser.class);
        WireParse<List<WireByline>> parsed = parser.parse(new WireDraft("raw",
                "Iran akan Tingkatkan Kerja Sama Militer dengan Rusia", "Jakarta", "HanTer", "id", seed()));
        ArticleSnapshot article = article("hms01", "HanTer");
        extension(ArticleListener.class).articleCreated(article); // the host creates the article first
        parser.imported(article, parsed.finding());

        assertThat(new BylineStore(jdbi).of(article.id())).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Hermansyah");
            assertThat(b.guest()).as("the staff record, not a guest").isFalse();
            assertThat(b.needsConfirmation()).isFalse();
        });
        assertThat(one("select count(*) from plg_bylines_contributor", Long.class)).as("no guest made").isEqualTo(1L);
        assertThat(one("select slug || ' ' || username from plg_bylines_contributor", String.class))
                .isEqualTo("hermansyah hms01");
        DeliveryContributor delivery = extension(DeliveryContributor.class);
        assertThat(delivery.contribute(article, null).get("text")).isEqualTo("Oleh Hermansyah");

        extension(AccountListener.class).displayNameChanged("hms01", "Hermansyah", "Hermansyah Putra");
        assertThat(delivery.contribute(article, null).get("text")).isEqualTo("Oleh Hermansyah Putra");
        assertThat(one("select slug from plg_bylines_contributor where username = 'hms01'", String.class))
                .as("author pages keep their address").isEqualTo("hermansyah");
        assertThat(context.recorded).as("in the host's trail").filteredOn(e -> e.type().equals("RENAMED"))
                .singleElement().satisfies(e -> assertThat(e.details().get("detail").toString()).contains("hms01")
                        .contains("\"Hermansyah\" → \"Hermansyah Putra\""));
        extension(AccountListener.class).displayNameChanged("nobody", "A", "B"); // no record: nothing to do
        assertThat(one("select count(*) from plg_bylines_contributor", Long.class)).isEqualTo(1L);
    }

    @Test
    void aStaffRecordNamedAfterItsUsernameTakesTheDisplayNameWhenItsAccountIsNextSeen() {
        new org.newsroom.cms.plugins.bylines.store.ContributorStore(jdbi).forUsername("bsantoso",
                java.time.Instant.parse("2026-01-01T00:00:00Z")); // made before contributors took display names
        context.caller = new Caller("bsantoso", "Budi Santoso", Locale.ENGLISH, Set.of("EDITOR"));
        ArticleSnapshot article = article("bsantoso");
        extension(ArticleListener.class).articleCreated(article);
        assertThat(extension(DeliveryContributor.class).contribute(article, null).get("text")).isEqualTo("Oleh Budi Santoso");
        assertThat(one("select slug from plg_bylines_contributor where username = 'bsantoso'", String.class))
                .isEqualTo("bsantoso");
    }

    private <T> T one(String sql, Class<T> type) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(type).one());
    }

    private ArticleSnapshot article(String author) {
        return article(author, null);
    }

    private ArticleSnapshot article(String author, String datelineSource) {
        UUID id = TestDatabase.article(jdbi, author);
        ArticleSnapshot snapshot = new ArticleSnapshot(id, "s-" + id, "H", null, "<p>x</p>", "Jakarta", datelineSource,
                "id", "World", WorkflowState.DRAFT, author, 1, false, null, null);
        context.articles.put(id, snapshot);
        return snapshot;
    }

    private static TransitionEvent move(ArticleSnapshot article, WorkflowState to) {
        return new TransitionEvent(article, WorkflowState.APPROVED, to, "editor", null, false);
    }

    private <T> T extension(Class<T> type) {
        return plugin.extensions().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static List<String> seed() throws IOException {
        try (InputStream in = BylinesPluginTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> blocks = new ArrayList<>(Arrays.asList(text.strip().split("\\R\\s*\\R")));
            blocks.remove(0); // headline and photo caption: the core and the captions plugin take them
            blocks.set(0, blocks.get(0).replaceFirst("^Jakarta, HanTer - ", "")); // the core takes the dateline
            return blocks;
        }
    }
}
