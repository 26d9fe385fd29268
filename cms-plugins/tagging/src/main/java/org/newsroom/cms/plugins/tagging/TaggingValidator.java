package org.newsroom.cms.plugins.tagging;

import java.util.List;
import java.util.Locale;

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;

/**
 * The publish rule: with {@code minTagsToPublish} set, an article needs that many tags to go live or be scheduled.
 * The veto is worded in the asking user's language (English for the scheduler).
 */
final class TaggingValidator implements TransitionValidator {

    private static final UiMessages MESSAGES = new UiMessages(TaggingValidator.class,
            "org.newsroom.cms.plugins.tagging.ui.messages");

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
        return have >= min ? List.of() : List.of(MESSAGES.in(context.caller().map(Caller::locale).orElse(Locale.ENGLISH))
                .t("veto.minTags", min, have));
    }
}
