package org.newsroom.cms.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;

/**
 * The UI's words: English and Indonesian have exactly the same keys, every key a template or page names
 * exists, and the keys built from enum values (states, actions, roles) exist for every value.
 */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("t\\.t\\(\"([a-zA-Z.\\-]+)\"[,)]");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:error|notice|login|import|dashboard)\\.[a-zA-Z.]+)\"");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndIndonesianHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("_id").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("").stringPropertyNames()));
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/jte/newsroom")),
                Files.walk(Path.of("src/main/java/org/newsroom/cms/web/newsroom")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                collect(KEY.matcher(text), used);
                if (file.toString().endsWith(".java")) {
                    collect(JAVA_KEY.matcher(text), used);
                }
            }
        }
        for (ArticleStatus status : ArticleStatus.values()) {
            used.addAll(Set.of("status." + status, "action." + status));
        }
        Arrays.stream(Role.values()).forEach(r -> used.add("role." + r));
        Set.of("SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED").forEach(k -> used.add("notification." + k));
        Set.of("-updated", "updated", "-created", "created").forEach(k -> used.add("sort." + k));
        Set.of("badRequest", "forbidden", "notFound", "method", "tooLarge", "busy", "server", "csrf")
                .forEach(k -> used.addAll(Set.of("error." + k, "error." + k + ".detail")));
        assertThat(used).hasSizeGreaterThan(150);
        Set<String> english = bundle("").stringPropertyNames();
        assertThat(used).allSatisfy(key -> assertThat(english).as("key %s", key).contains(key));
    }

    @Test
    void textsFillInValuesAndFallBackVisibly() {
        Texts english = new Texts(Locale.ENGLISH, java.time.ZoneId.of("Asia/Jakarta"));
        Texts indonesian = new Texts(Locale.forLanguageTag("id"), java.time.ZoneId.of("Asia/Jakarta"));
        assertThat(english.t("editor.lockedBy", "Budi", "10:42")).isEqualTo("Budi is editing since 10:42.");
        assertThat(indonesian.t("editor.lockedBy", "Budi", "10:42")).isEqualTo("Budi sedang menyunting sejak 10:42.");
        assertThat(indonesian.t("login.submit")).isEqualTo("Masuk");
        assertThat(english.t("no.such.key")).isEqualTo("[no.such.key]");
        java.time.Instant noonUtc = java.time.Instant.parse("2026-12-01T05:00:00Z");
        assertThat(english.clock(noonUtc)).isEqualTo("12:00");
        assertThat(english.localInput(noonUtc)).isEqualTo("2026-12-01T12:00");
        assertThat(english.fromLocalInput("embargo", "2026-12-01T12:00")).isEqualTo(noonUtc);
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            if (!m.group(1).endsWith(".")) {
                into.add(m.group(1));
            }
        }
    }
}
