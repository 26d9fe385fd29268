package org.newsroom.cms.plugins.tagging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.MergeRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.NameRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.SynonymRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.TagsRequest;

/** The request records' Bean Validation constraints, as {@link Bodies#valid} answers them. */
class TagRequestsTest {

    @Test
    void aMissingBodyIsABadRequest() {
        assertThatThrownBy(() -> Bodies.valid((MergeRequest) null)).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void mergeNeedsTheTagThatStays() {
        assertThat(errors(new MergeRequest(null)))
                .containsExactly(new FieldError("into", "Send {\"into\": <id of the tag that stays>}."));
        assertThat(Bodies.valid(new MergeRequest(7L)).into()).isEqualTo(7L);
    }

    @Test
    void tagsNeedAList() {
        assertThat(errors(new TagsRequest(null))).extracting(FieldError::field).containsExactly("tags");
        assertThat(Bodies.valid(new TagsRequest(List.of("Iran", 4))).tags()).hasSize(2);
    }

    @Test
    void aSynonymsLanguageIsALanguageTagOrAbsent() {
        assertThat(Bodies.valid(new SynonymRequest("Rusia", "id")).language()).isEqualTo("id");
        assertThat(Bodies.valid(new SynonymRequest("Rusia", null)).language()).isNull();
        assertThat(Bodies.valid(new SynonymRequest("Rusia", "pt-BR")).language()).isEqualTo("pt-BR");
        assertThat(errors(new SynonymRequest("Rusia", "not a language"))).extracting(FieldError::field)
                .containsExactly("language");
        assertThat(errors(new SynonymRequest("Rusia", "x".repeat(36)))).extracting(FieldError::field)
                .containsOnly("language");
    }

    @Test
    void namesAreCheckedByTheOneTagNameRuleWithA400() {
        assertThat(Bodies.valid(new NameRequest(null)).name()).as("left to the name rule").isNull();
        assertThatThrownBy(() -> TagErrors.checkedName("name", "<script>"))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.kind()).isEqualTo("invalid-tag");
                    assertThat(e.detail()).startsWith("The tag name \"<script>\" contains characters");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("name");
                });
        assertThatThrownBy(() -> TagErrors.checkedName("name", null)).hasMessageContaining("is empty");
        assertThat(TagErrors.checkedName("tags", "Rolls-Royce")).isEqualTo("Rolls-Royce");
    }

    private static List<FieldError> errors(Object body) {
        try {
            Bodies.valid(body);
        } catch (PluginException e) {
            assertThat(e.status()).isEqualTo(422);
            return e.errors();
        }
        throw new AssertionError("expected a 422 for " + body);
    }
}
