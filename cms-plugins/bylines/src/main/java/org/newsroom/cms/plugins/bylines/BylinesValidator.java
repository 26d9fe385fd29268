package org.newsroom.cms.plugins.bylines;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * The publish check: publishing or scheduling needs a writer's byline, an author or a reporter, the people
 * the rendered "By …" names (when the {@code requireAuthorToPublish} setting asks for it). Worded in the asking
 * user's language.
 */
final class BylinesValidator implements TransitionValidator {

    private static final UiMessages MESSAGES = new UiMessages(BylinesValidator.class,
            "org.newsroom.cms.plugins.bylines.ui.messages");
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
        return bylines.hasRole(proposed.article().id(), WRITERS) ? List.of()
                : List.of(MESSAGES.in(context.caller().map(Caller::locale).orElse(Locale.ENGLISH)).t("veto.author"));
    }
}
