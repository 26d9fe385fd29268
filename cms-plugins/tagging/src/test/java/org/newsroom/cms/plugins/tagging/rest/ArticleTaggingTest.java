package org.newsroom.cms.plugins.tagging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.FakeContext;
import org.newsroom.cms.plugins.tagging.TestDatabase;
import org.newsroom.cms.plugins.tagging.rest.TagViews.OfferedSuggestion;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/** What the tags panel and the JSON API share: suggestions with reasons in the user's language, accept, dismiss. */
class ArticleTaggingTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    private TestDatabase db;
    private FakeContext context;
    private ArticleTagging tagging;
    private UUID article;
    private Caller journalist;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.begin();
        context = new FakeContext(db.jdbi());
        tagging = new ArticleTagging(context, new TagStore(db.jdbi()), new ArticleTagStore(db.jdbi()));
        journalist = new Caller("hms01", "Hermansyah", ID, Set.of("JOURNALIST"));
        context.caller = journalist;
        article = db.article();
        context.articles.editable.add(article);
        String seed;
        try (var in = ArticleTaggingTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            seed = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = seed.lines().filter(l -> !l.isBlank()).toList();
        StringBuilder body = new StringBuilder();
        lines.subList(2, lines.size()).forEach(l -> body.append("<p>").append(l).append("</p>"));
        context.articles.add(FakeContext.article(article, lines.get(0), body.toString(), null));
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void theSeedStoryIsSuggestedIranRusiaAndScoWithReasonsInTheUsersLanguage() {
        List<OfferedSuggestion> id = tagging.suggestions(article, ID);
        assertThat(id).extracting(OfferedSuggestion::name).contains("Iran", "Rusia", "SCO");
        assertThat(reason(id, "Iran")).isEqualTo("ada di judul, dan disebut 9 kali dalam isi berita");
        assertThat(reason(id, "SCO")).isEqualTo("disebut 3 kali dalam isi berita");
        List<OfferedSuggestion> en = tagging.suggestions(article, Locale.ENGLISH);
        assertThat(reason(en, "Iran")).isEqualTo("in the headline, and mentioned 9 times in the body");

        // a Media Topic suggested is labelled in the user's language
        assertThat(id).filteredOn(s -> "medtop:16000000".equals(s.code())).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("konflik, perang dan perdamaian");
            assertThat(s.labelLang()).isEqualTo("id");
        });
    }

    @Test
    void acceptingAddsTheTagAndDismissingHidesTheSuggestionForThisArticleOnly() {
        List<Tag> after = tagging.accept(article, journalist, "SCO", null);
        assertThat(after).extracting(Tag::name).containsExactly("SCO");
        OfferedSuggestion topic = tagging.suggestions(article, ID).stream().filter(s -> s.tagId() != null)
                .findFirst().orElseThrow();
        assertThat(tagging.accept(article, journalist, null, topic.tagId())).extracting(Tag::id)
                .containsExactly(after.get(0).id(), topic.tagId());
        assertThat(tagging.suggestions(article, ID)).extracting(OfferedSuggestion::name)
                .as("what is on the article is not suggested").doesNotContain("SCO", topic.name());

        tagging.dismiss(article, journalist, " rusia ");
        tagging.dismiss(article, journalist, "Rusia"); // twice is fine
        assertThat(tagging.suggestions(article, ID)).extracting(OfferedSuggestion::name)
                .doesNotContain("Rusia").contains("Iran");

        UUID other = db.article();
        context.articles.add(FakeContext.article(other, "Rusia dan Iran", "<p>Rusia, Rusia dan Iran.</p>", null));
        assertThat(tagging.suggestions(other, ID)).extracting(OfferedSuggestion::name).contains("Rusia");

        assertStatus(() -> tagging.dismiss(other, journalist, "Iran"), 403); // not editable by this journalist
        assertStatus(() -> tagging.dismiss(article, journalist, "  "), 422);
        assertStatus(() -> tagging.accept(article, journalist, "<b>", null), 400);
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).as(e.detail()).isEqualTo(status));
    }

    private static String reason(List<OfferedSuggestion> suggestions, String name) {
        return suggestions.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().reason();
    }
}
