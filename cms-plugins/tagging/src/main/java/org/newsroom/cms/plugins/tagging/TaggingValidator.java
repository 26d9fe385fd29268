package org.newsroom.cms.plugins.tagging;

import java.util.List;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;

/** The publish rule: with {@code minTagsToPublish} set, an article needs that many tags to go live or be scheduled. */
final class TaggingValidator implements TransitionValidator {

    private final PluginContext context;
    private final ArticleTagStore articleTags;

    TaggingValidator(PluginContext context, ArticleTagStore articleTags) {
        this.context = context;
        this.articleTags = articleTags;
    }

    @Override
    public List<String> validate(TransitionEvent proposed) {
        boolean publishing = proposed.to() == WorkflowState.PUBLISHED || proposed.to() == WorkflowState.SCHEDULED;
        int min = Settings.of(context.config()).minTagsToPublish();
        if (!publishing || min == 0) {
            return List.of();
        }
        int have = articleTags.countOf(proposed.article().id());
        return have >= min ? List.of()
                : List.of("Add at least " + min + (min == 1 ? " tag" : " tags") + " before publishing (it has " + have + ")");
    }
}
