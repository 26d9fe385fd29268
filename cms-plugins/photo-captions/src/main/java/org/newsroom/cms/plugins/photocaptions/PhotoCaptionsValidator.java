package org.newsroom.cms.plugins.photocaptions;

import java.util.List;
import java.util.Locale;

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;

/**
 * Vetoes publishing or scheduling an article whose photos break the {@link PublishRules} in force, worded in the
 * language of the user who asked (the panel's texts; English for the scheduler).
 */
final class PhotoCaptionsValidator implements TransitionValidator {

    private static final UiMessages MESSAGES = new UiMessages(PhotoCaptionsValidator.class,
            "org.newsroom.cms.plugins.photocaptions.ui.messages");

    private final PluginContext context;
    private final PhotoStore photos;

    PhotoCaptionsValidator(PluginContext context, PhotoStore photos) {
        this.context = context;
        this.photos = photos;
    }

    @Override
    public List<String> validate(TransitionEvent proposed) {
        if (proposed.to() != WorkflowState.PUBLISHED && proposed.to() != WorkflowState.SCHEDULED) {
            return List.of();
        }
        UiMessages.Texts t = MESSAGES.in(context.caller().map(Caller::locale).orElse(Locale.ENGLISH));
        return Settings.of(context.config()).publishRules().vetoes(photos.list(proposed.article().id())).stream()
                .map(v -> t.t("veto." + v.rule().name(), v.position())).toList();
    }
}
