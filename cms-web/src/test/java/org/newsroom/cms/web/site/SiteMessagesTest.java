package org.newsroom.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The site's words: English and Indonesian have the same keys, every key a template or class names exists. */
class SiteMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(site\\.[a-zA-Z.]+)\"");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SiteMessagesTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
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
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/jte/site")),
                Files.walk(Path.of("src/main/java/org/newsroom/cms/web/site")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void timesAreInTheNewsroomsZoneWithItsName() {
        SiteTexts id = new SiteTexts("id", ZoneId.of("Asia/Jakarta"));
        Instant at = Instant.parse("2026-12-02T06:05:00Z");
        assertThat(id.time(at)).isEqualTo("2 Desember 2026 13.05 WIB");
        assertThat(id.iso(at)).isEqualTo("2026-12-02T13:05:00+07:00");
        assertThat(new SiteTexts("fr", ZoneId.of("Asia/Jakarta")).lang()).as("no French words: English").isEqualTo("en");
    }
}
