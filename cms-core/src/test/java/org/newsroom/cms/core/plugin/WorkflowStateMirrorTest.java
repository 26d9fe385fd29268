package org.newsroom.cms.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.plugin.api.WorkflowState;

/** The plugin API mirrors the workflow states by name; a state added to one must be added to the other. */
class WorkflowStateMirrorTest {

    @Test
    void everyArticleStatusHasAPluginApiStateOfTheSameName() {
        assertThat(Arrays.stream(WorkflowState.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(ArticleStatus.values()).map(Enum::name).toList());
    }
}
