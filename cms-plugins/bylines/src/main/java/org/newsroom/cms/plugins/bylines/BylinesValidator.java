package org.newsroom.cms.plugins.bylines;

import java.util.Arrays;
import java.util.List;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * The publish check: publishing or scheduling needs a writer's byline, an author or a reporter, the people
 * the rendered "By …" names (when the {@code requireAuthorToPublish} setting asks for it).
 */
final class BylinesValidator implements TransitionValidator {

    static final String VETO = "Add an author byline before publishing";
    private static final List<Role> WRITERS = Arrays.stream(Role.values()).filter(Role::writes).toList();

    private final PluginContext context;
    private final BylineStore bylines;

    BylinesValidator(PluginContext context, BylineStore bylines) {
        this.context = context;
        this.bylines = bylines;
    }

    @Override
    public List<String> validate(TransitionEvent proposed) {
        boolean publishing = proposed.to() == WorkflowState.PUBLISHED || proposed.to() == WorkflowState.SCHEDULED;
        if (!publishing || !Settings.of(context.config()).requireAuthor()) {
            return List.of();
        }
        return bylines.hasRole(proposed.article().id(), WRITERS) ? List.of() : List.of(VETO);
    }
}
