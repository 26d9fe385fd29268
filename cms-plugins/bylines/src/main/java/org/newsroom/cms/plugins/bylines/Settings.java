package org.newsroom.cms.plugins.bylines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugins.bylines.text.Role;

/** The plugin's settings, their metadata, and typed reads of the live config (never cached). */
final class Settings {

    static final String REQUIRE_AUTHOR = "requireAuthorToPublish";
    static final String EXTRA_PATTERNS = "extraPatterns";
    static final String DEFAULT_ROLE = "defaultRole";

    private final PluginConfig config;
    private final Logger logger;
    /** Patterns already reported as invalid, so each is logged once rather than on every import. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    Settings(PluginConfig config, Logger logger) {
        this.config = config;
        this.logger = logger;
    }

    static List<ConfigSetting> metadata() {
        return List.of(
                ConfigSetting.bool(REQUIRE_AUTHOR, true,
                        "Refuse to publish or schedule an article that has no author byline."),
                ConfigSetting.list(EXTRA_PATTERNS, List.of(), 300, "Extra byline patterns (Java regular "
                        + "expressions) for wire copy: a line, or the end of the last paragraph, matching one is a "
                        + "byline. The name is group 'name' (else group 1); an optional group 'role' gives the role. "
                        + "Patterns that do not compile are ignored and logged."),
                ConfigSetting.oneOf(DEFAULT_ROLE, "author", Role.valueList(),
                        "Role of the creating journalist's byline and of wire bylines that carry no label."));
    }

    boolean requireAuthor() {
        return config.bool(REQUIRE_AUTHOR);
    }

    Role defaultRole() {
        return Role.of(config.string(DEFAULT_ROLE)).orElse(Role.AUTHOR);
    }

    /** The extra patterns that compile; the others are logged (once) and left out. */
    List<Pattern> extraPatterns() {
        List<Pattern> out = new ArrayList<>();
        List<String> raw = config.list(EXTRA_PATTERNS);
        for (String regex : raw == null ? List.<String>of() : raw) {
            compile(regex, logger).ifPresent(out::add);
        }
        return out;
    }

    static java.util.Optional<Pattern> compile(String regex, Logger logger) {
        if (regex == null || regex.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Pattern.compile(regex, Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            if (REPORTED.add(regex) && logger != null) {
                logger.warning("Ignoring the extra byline pattern \"" + regex + "\": " + e.getDescription());
            }
            return java.util.Optional.empty();
        }
    }
}
