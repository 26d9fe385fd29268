package org.newsroom.cms.plugins.bylines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WorkflowState;

class BylinesPluginTest {

    private FakeContext context;
    private CmsPlugin plugin;

    @BeforeEach
    void init() {
        context = new FakeContext();
        plugin = ServiceLoader.load(CmsPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("bylines")).findFirst().orElseThrow();
        plugin.init(context);
    }

    @Test
    void registeredWithItsSettings() {
        assertThat(plugin).isInstanceOf(BylinesPlugin.class);
        assertThat(plugin.configMetadata()).extracting(ConfigSetting::key)
                .containsExactly("requireAuthorToPublish", "extraPatterns", "defaultRole");
        assertThat(plugin.configMetadata().get(0).defaultValue()).isEqualTo(true);
        assertThat(plugin.configMetadata().get(2).defaultValue()).isEqualTo("author");
        assertThat(plugin.configMetadata().get(2).allowed()).contains("author", "photographer", "translator");
        assertThat(BylinesPluginTest.class.getResource(
                "/db/migration/plugins/bylines/V1__contributors_bylines_audit.sql")).isNotNull();
    }

    @Test
    void parsesTheSeedIntoAFindingAndCleanParagraphs() throws IOException {
        context.rows = sql -> sql.contains("display_name from plg_bylines_contributor") ? List.of("Rina Wulandari")
                : List.of();
        context.config.put("extraPatterns", List.of("([unclosed", "^Laporan (?<name>.+)$"));
        WireCopyParser parser = extension(WireCopyParser.class);
        assertThat(parser.order()).isEqualTo(200);

        List<String> paragraphs = seed();
        WireDraft draft = new WireDraft("raw", "Iran akan Tingkatkan Kerja Sama Militer dengan Rusia", "Jakarta",
                "HanTer", "id", paragraphs, Map.of("photo-captions", List.of()));
        WireDraft parsed = parser.parse(draft);

        assertThat(parsed.findings()).containsEntry("bylines",
                List.of(Map.of("name", "Hermansyah", "role", "author")));
        assertThat(parsed.findings()).containsKey("photo-captions");
        assertThat(parsed.paragraphs().get(parsed.paragraphs().size() - 1)).endsWith("(JCPOA).");
        assertThat(String.join("\n", parsed.paragraphs())).doesNotContain("Hermansyah");
        assertThat(parsed.paragraphs()).hasSameSizeAs(paragraphs);
    }

    @Test
    void nothingFoundLeavesTheDraftAlone() {
        WireDraft draft = new WireDraft("raw", "H", null, null, "en", List.of("The minister arrived in Jakarta."),
                Map.of());
        assertThat(extension(WireCopyParser.class).parse(draft)).isSameAs(draft);
    }

    @Test
    void publishingOrSchedulingWithoutAnAuthorIsVetoed() {
        TransitionValidator validator = extension(TransitionValidator.class);
        context.rows = sql -> List.of(); // no author byline
        assertThat(validator.validate(move(WorkflowState.PUBLISHED)))
                .containsExactly("Add an author byline before publishing");
        assertThat(validator.validate(move(WorkflowState.SCHEDULED)))
                .containsExactly("Add an author byline before publishing");
        assertThat(validator.validate(move(WorkflowState.IN_REVIEW))).isEmpty();

        context.rows = sql -> sql.contains("role = ?") ? List.of("1") : List.of();
        assertThat(validator.validate(move(WorkflowState.PUBLISHED))).isEmpty();

        context.rows = sql -> List.of();
        context.config.put("requireAuthorToPublish", false);
        assertThat(validator.validate(move(WorkflowState.PUBLISHED))).isEmpty();
    }

    private static TransitionEvent move(WorkflowState to) {
        ArticleSnapshot article = new ArticleSnapshot(UUID.randomUUID(), "s", "H", null, "<p>x</p>", null, null, "id",
                "World", WorkflowState.APPROVED, "rina", 1, false, null, null);
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
