package org.newsroom.cms.plugins.bylines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugins.bylines.text.Agencies;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * The plugin's settings, typed: read with {@link #of} where they are needed (the host keeps the config in
 * memory, so this is cheap and always current), declared by {@link #metadata}, checked by {@link #problems}.
 *
 * @param requireAuthor refuse to publish or schedule without a writer's (author or reporter) byline
 * @param extraPatterns admins' extra byline patterns for wire copy
 * @param defaultRole   the role of the creator's byline and of unlabelled wire bylines
 * @param agencies      the agencies wire sign-offs may name, by code or name
 */
record Settings(boolean requireAuthor, List<Pattern> extraPatterns, Role defaultRole, Agencies agencies) {

    static final String REQUIRE_AUTHOR = "requireAuthorToPublish";
    static final String EXTRA_PATTERNS = "extraPatterns";
    static final String DEFAULT_ROLE = "defaultRole";
    static final String AGENCIES = "agencies";

    Settings {
        extraPatterns = List.copyOf(extraPatterns);
    }

    static List<ConfigSetting> metadata() {
        return List.of(
                ConfigSetting.bool(REQUIRE_AUTHOR, true,
                        "Refuse to publish or schedule an article that has no author (or reporter) byline.")
                        .labelled("Require an author byline to publish", "Wajib ada byline penulis untuk terbit"),
                ConfigSetting.list(EXTRA_PATTERNS, List.of(), 300, "Extra byline patterns (Java regular "
                        + "expressions) for wire copy: a line, or the end of the last paragraph, matching one is a "
                        + "byline. The name is group 'name' (else group 1); an optional group 'role' gives the role. "
                        + "A pattern that does not compile is refused.")
                        .labelled("Extra byline patterns", "Pola byline tambahan"),
                ConfigSetting.oneOf(DEFAULT_ROLE, "author", Role.valueList(),
                        "Role of the creating journalist's byline and of wire bylines that carry no label.")
                        .labelled("Default byline role", "Peran byline bawaan"),
                ConfigSetting.list(AGENCIES, Agencies.DEFAULTS, 100, "News agencies that wire sign-offs such as "
                        + "'(ant/rdk)' or '(Budi Santoso/Antara)' name, one 'code=Agency' entry each. The agency "
                        + "(named by its code or in full) becomes the article's dateline source; the desk's initials "
                        + "go to the import report, never into the body or the bylines.")
                        .labelled("News agencies", "Kantor berita"));
    }

    /** The current settings. */
    static Settings of(PluginConfig config) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : orEmpty(config.list(EXTRA_PATTERNS))) {
            compile(regex, patterns);
        }
        return new Settings(config.bool(REQUIRE_AUTHOR), patterns,
                Role.of(config.string(DEFAULT_ROLE)).orElse(Role.AUTHOR), Agencies.of(orEmpty(config.list(AGENCIES))));
    }

    /**
     * What the host's type checks cannot see in a config about to be stored: extra patterns that do not
     * compile and agency entries that are not {@code code=Agency}. Keys that are absent are not checked.
     */
    static List<FieldError> problems(Map<String, Object> config) {
        List<FieldError> errors = new ArrayList<>();
        List<?> patterns = config.get(EXTRA_PATTERNS) instanceof List<?> l ? l : List.of();
        for (int i = 0; i < patterns.size(); i++) {
            if (!(patterns.get(i) instanceof String regex)) {
                continue; // the host reports values of the wrong type
            }
            try {
                Pattern.compile(regex, Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                errors.add(new FieldError(EXTRA_PATTERNS, "pattern " + (i + 1) + ", \"" + regex + "\", is not a valid "
                        + "Java regular expression (" + e.getDescription() + " near index " + e.getIndex()
                        + "); fix it or remove it."));
            }
        }
        List<?> agencies = config.get(AGENCIES) instanceof List<?> l ? l : List.of();
        for (Object entry : agencies) {
            if (entry instanceof String text) {
                Agencies.problem(text).ifPresent(message -> errors.add(new FieldError(AGENCIES, message)));
            }
        }
        return errors;
    }

    /** Patterns stored before they were checked may not compile: those are left out rather than fail imports. */
    private static void compile(String regex, List<Pattern> into) {
        if (regex == null || regex.isBlank()) {
            return;
        }
        try {
            into.add(Pattern.compile(regex, Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            // refused by problems() since it exists; nothing to do for an old config but skip it
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
