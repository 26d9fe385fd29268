package org.newsroom.cms.plugins.photocaptions;

import java.util.List;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;

/** Vetoes publishing or scheduling an article whose photos break the {@link PublishRules} in force. */
final class PhotoCaptionsValidator implements TransitionValidator {

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
        return Settings.of(context.config()).publishRules().reasons(photos.list(proposed.article().id()));
    }
}
