package org.newsroom.cms.core.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final char S = SearchDocument.MARK_START;
    private static final char E = SearchDocument.MARK_END;

    @Test
    void matchesAreMarkedAndEverythingElseEscaped() {
        assertThat(Snippets.html("Harga <b>naik</b> & " + S + "turun" + E + " \"5%\"\n'lagi'"))
                .isEqualTo("Harga &lt;b&gt;naik&lt;/b&gt; &amp; <mark>turun</mark> &quot;5%&quot; &#39;lagi&#39;");
    }

    @Test
    void unbalancedMarkersNeverLeaveAnOpenElement() {
        assertThat(Snippets.html(S + "a" + S + "b")).isEqualTo("<mark>ab</mark>");
        assertThat(Snippets.html(E + "a")).isEqualTo("a");
        assertThat(Snippets.html(null)).isEmpty();
    }

    @Test
    void articleTextCannotSmuggleMarkers() {
        SearchDocument d = new SearchDocument(null, SearchScope.LIVE, "id", "H" + S, null, "b" + E + "c", null, null, null, null, null);
        assertThat(d.headline()).isEqualTo("H ");
        assertThat(d.content()).isEqualTo("b c");
    }
}
