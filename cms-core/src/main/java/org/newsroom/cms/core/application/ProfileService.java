package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.audit.AuditEvent.Action;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.plugin.api.FieldError;

/**
 * Each user's own account: display name, UI language and password (the current one required), audited in the
 * same transaction ({@code USER_PROFILE_CHANGED}, {@code USER_PASSWORD_CHANGED}; never a password). A display
 * name change reaches the plugins that mirror it ({@code AccountListener}) in that transaction too.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    /** The UI languages a user can choose. */
    public static final List<String> UI_LANGUAGES = List.of("en", "id");

    /**
     * What a user changes on their own profile; a null field stays as it is.
     *
     * @param language        "en" or "id"; "" forgets the choice (the browser's language decides again)
     * @param currentPassword required with {@code newPassword}
     */
    public record ProfileChange(String displayName, String language, String currentPassword, String newPassword) {
    }

    @Inject
    UserService users;
    @Inject
    SessionService sessions;
    @Inject
    PluginEvents plugins;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    /**
     * The signed-in user changes their own profile. Every problem is reported at once (422, fields
     * {@code displayName}, {@code language}, {@code currentPassword}, {@code newPassword}) and nothing is
     * saved then. A display-name change reaches the plugins that mirror it in this transaction; a password
     * change ends every other session of the user (the one in {@code keepSessionToken}, if any, stays).
     */
    public User update(Actor self, ProfileChange change, String keepSessionToken) {
        if (change == null) {
            throw ValidationException.of("body", "Send {\"displayName\", \"language\", \"currentPassword\", "
                    + "\"newPassword\"} (each optional).");
        }
        User user = users.get(self.username());
        List<FieldError> errors = new ArrayList<>();
        String displayName = change.displayName() == null ? null : change.displayName().strip();
        if (displayName != null && displayName.isEmpty()) {
            errors.add(new FieldError("displayName", "cannot be empty; readers see it in bylines."));
        } else if (displayName != null && displayName.length() > UserService.MAX_DISPLAY_NAME) {
            errors.add(new FieldError("displayName", "the limit is " + UserService.MAX_DISPLAY_NAME + " characters."));
        }
        String language = change.language() == null ? null : change.language().strip();
        if (language != null && !language.isEmpty() && !UI_LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "use \"en\" (English) or \"id\" (Bahasa Indonesia)."));
        }
        boolean newPassword = change.newPassword() != null;
        if (newPassword) {
            UserService.passwordProblem(change.newPassword()).map(e -> new FieldError("newPassword", e.message()))
                    .ifPresent(errors::add);
            if (change.currentPassword() == null || change.currentPassword().isEmpty()) {
                errors.add(new FieldError("currentPassword", "is required to change the password."));
            } else if (!users.verify(user, change.currentPassword())) {
                errors.add(new FieldError("currentPassword", "is not your current password; type the one you "
                        + "sign in with."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        Instant now = now();
        if (displayName != null && !displayName.equals(user.getDisplayName())) {
            String old = user.getDisplayName();
            user.changeDisplayName(displayName, now);
            changed.put("displayName", AuditService.change(old, displayName));
            plugins.displayNameChanged(user.getUsername(), old, displayName);
        }
        String chosen = language == null ? user.getUiLanguage() : language.isEmpty() ? null : language;
        if (!Objects.equals(chosen, user.getUiLanguage())) {
            changed.put("uiLanguage", AuditService.change(user.getUiLanguage(), chosen));
            user.chooseUiLanguage(chosen, now);
        }
        if (!changed.isEmpty()) {
            audit.user(self, Action.USER_PROFILE_CHANGED, user.getUsername(), changed);
        }
        if (newPassword) {
            user.changePasswordHash(users.hash(change.newPassword()), now);
            int ended = sessions.endAllBut(user.getId(), keepSessionToken);
            audit.user(self, Action.USER_PASSWORD_CHANGED, user.getUsername(), Map.of("sessionsEnded", ended));
        }
        return user;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
