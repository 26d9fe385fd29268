package org.newsroom.cms.web.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.section.Section;
import org.newsroom.cms.plugin.api.FieldError;

/**
 * The editor's model. {@code id} is null for a new article. The fields hold what the user typed when a save
 * was refused (so nothing typed is lost), else the working copy. {@code editable} is false where the
 * workflow or someone else's edit lock does not let this user change the article: the fields are then read-only.
 * {@code panels} are the enabled plugins' panels beside the form (none for a new article); {@code share} the
 * "Share preview" panel (null for a new article).
 */
public record EditorView(UUID id, long version, Fields fields, ArticleStatus status, boolean editable,
                         List<Transition> transitions, Lock lock, List<Section> sections, List<String> languages,
                         List<FieldError> errors, String notice, boolean conflict, List<PluginPanels.Shown> panels,
                         ShareView share) {

    /** The editorial fields as the form shows them; {@code embargo} as a datetime-local value in the newsroom zone. */
    public record Fields(String headline, String standfirst, String body, String datelinePlace, String datelineSource,
                         String language, String section, String embargo) {
    }

    /** Someone else's edit lock: who, since when, and whether this user may take it over. */
    public record Lock(String holder, Instant since, boolean mayTakeOver) {
    }

    /** A transition button: the target and whether the server requires a comment for it. */
    public record Transition(ArticleStatus target, boolean commentRequired) {
    }

    public boolean isNew() {
        return id == null;
    }

    /** The error of a field, or null (shown next to it and linked with aria-describedby). */
    public String errorOf(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(FieldError::message).findFirst().orElse(null);
    }
}
