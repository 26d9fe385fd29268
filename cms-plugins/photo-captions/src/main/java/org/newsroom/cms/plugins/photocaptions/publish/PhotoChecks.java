package org.newsroom.cms.plugins.photocaptions.publish;

import java.util.List;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.photocaptions.store.PhotoRepository;

/** Vetoes publishing or scheduling an article whose photos break the {@link PublishRules} in force. */
public final class PhotoChecks implements TransitionValidator {

    private final PluginContext context;
    private final PhotoRepository photos;

    public PhotoChecks(PluginContext context, PhotoRepository photos) {
        this.context = context;
        this.photos = photos;
    }

    @Override
    public List<String> validate(TransitionEvent proposed) {
        if (proposed.to() != WorkflowState.PUBLISHED && proposed.to() != WorkflowState.SCHEDULED) {
            return List.of();
        }
        return PublishRules.from(context.config()).reasons(photos.list(proposed.article().id()));
    }
}
