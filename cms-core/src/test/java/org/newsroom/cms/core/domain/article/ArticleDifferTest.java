package org.newsroom.cms.core.domain.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleDifferTest {

    private static ArticleContent content(String headline, String body) {
        return new ArticleContent(headline, null, body, "Jakarta", "HanTer", "id", null);
    }

    @Test
    void aDiffCanBeNarrowedToSomeFieldsKeepingTheBody() {
        ArticleDiff diff = ArticleDiffer.diff(
                new ArticleContent("Old", null, "<p>a</p>", "Jakarta", null, "id", "world"),
                new ArticleContent("New", null, "<p>b</p>", "Bandung", null, "en", "sport"));
        ArticleDiff narrowed = diff.only(List.of("headline", "dateline.place"));
        assertThat(narrowed.fields()).extracting(ArticleDiff.FieldChange::field)
                .containsExactly("headline", "dateline.place");
        assertThat(narrowed.body()).isEqualTo(diff.body());
        ArticleDiff sectionOnly = ArticleDiffer.diff(
                new ArticleContent("Same", null, "<p>a</p>", null, null, "id", "world"),
                new ArticleContent("Same", null, "<p>a</p>", null, null, "id", "sport")).only(List.of("headline"));
        assertThat(sectionOnly.isEmpty()).as("a change outside the fields kept is not shown").isTrue();
    }

    @Test
    void splitsBodiesIntoTopLevelBlocks() {
        assertThat(ArticleDiffer.paragraphsOf("<p>a</p>\n<h2>b</h2><blockquote><p>c</p></blockquote>loose<ul><li>d</li></ul>"))
                .containsExactly("<p>a</p>", "<h2>b</h2>", "<blockquote><p>c</p></blockquote>", "loose",
                        "<ul><li>d</li></ul>");
        assertThat(ArticleDiffer.paragraphsOf("")).isEmpty();
    }

    @Test
    void paragraphOpsPairChangesAndKeepPositions() {
        ArticleDiff diff = ArticleDiffer.diff(
                content("H", "<p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p>"),
                content("H", "<p>One.</p><p>Two, edited.</p><p>Four.</p><p>Five.</p>"));
        List<ArticleDiff.ParagraphChange> body = diff.body();
        assertThat(body).extracting(ArticleDiff.ParagraphChange::op).containsExactly(
                ArticleDiff.ParagraphChange.Op.EQUAL, ArticleDiff.ParagraphChange.Op.CHANGED,
                ArticleDiff.ParagraphChange.Op.DELETED, ArticleDiff.ParagraphChange.Op.EQUAL,
                ArticleDiff.ParagraphChange.Op.INSERTED);
        assertThat(body.get(1).beforeIndex()).isEqualTo(1);
        assertThat(body.get(1).afterIndex()).isEqualTo(1);
        assertThat(body.get(2).before()).isEqualTo("<p>Three.</p>");
        assertThat(body.get(4).afterIndex()).isEqualTo(3);
        assertThat(body.get(1).words()).extracting(w -> w.op() + ":" + w.text()).containsExactly(
                "EQUAL:Two", "INSERT:, edited", "EQUAL:.");
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void wordRunsRebuildBothTexts() {
        String before = "Panglima tertinggi Iran, Ali Khamenei, berbicara di Teheran.";
        String after = "Panglima tertinggi Iran Ali Khamenei berbicara keras di Teheran pada Senin.";
        List<ArticleDiff.WordChange> words = ArticleDiffer.words(before, after);
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        for (ArticleDiff.WordChange w : words) {
            if (w.op() != ArticleDiff.WordChange.Op.INSERT) {
                oldText.append(w.text());
            }
            if (w.op() != ArticleDiff.WordChange.Op.DELETE) {
                newText.append(w.text());
            }
        }
        assertThat(oldText.toString()).isEqualTo(before);
        assertThat(newText.toString()).isEqualTo(after);
        assertThat(words).anyMatch(w -> w.op() == ArticleDiff.WordChange.Op.INSERT && w.text().contains("keras"));
    }

    @Test
    void fieldsReportBeforeAfterAndEntitiesAreDecodedForWordDiffs() {
        ArticleDiff diff = ArticleDiffer.diff(content("Iran &amp; Rusia", "<p>&#34;Kutipan&#34; lama</p>"),
                content("Iran dan Rusia", "<p>&#34;Kutipan&#34; baru</p>"));
        ArticleDiff.FieldChange headline = diff.fields().get(0);
        assertThat(headline.field()).isEqualTo("headline");
        assertThat(headline.changed()).isTrue();
        assertThat(diff.fields()).filteredOn(f -> !f.field().equals("headline"))
                .allMatch(f -> !f.changed());
        assertThat(diff.body().get(0).words()).extracting(ArticleDiff.WordChange::text)
                .contains("\"Kutipan\" ", "lama", "baru");
        assertThat(ArticleDiffer.diff(content("x", "<p>y</p>"), content("x", "<p>y</p>")).isEmpty()).isTrue();
    }
}
