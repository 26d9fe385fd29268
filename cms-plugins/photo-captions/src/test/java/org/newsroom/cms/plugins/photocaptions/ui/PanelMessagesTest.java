package org.newsroom.cms.plugins.photocaptions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;

/** Both languages have the same keys, and every key the panel uses exists (a missing one would show as its key). */
class PanelMessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\"([a-zA-Z.\\-_]+)\"");

    static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = PanelMessagesTest.class.getResourceAsStream(
                "/org/newsroom/cms/plugins/photocaptions/ui/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void englishAndIndonesianHaveTheSameKeys() {
        assertThat(bundle("messages_id.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePanelUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/jte")),
                Files.walk(Path.of("src/main/java/org/newsroom/cms/plugins/photocaptions/ui")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix ("field." + key): the names are added below
                        used.add(m.group(1));
                    }
                }
            }
        }
        // keys made from a name: the fields, the rules, the refusals of ImageInspector and DecodeSlots
        for (String field : PhotoForm.FIELDS.keySet()) {
            used.add("field." + field);
            used.add("prefill." + field);
        }
        for (PublishRules.Rule rule : PublishRules.Rule.values()) {
            used.add("veto." + rule.name());
        }
        Stream.of("upload-too-large", "unsupported-image-type", "image-too-many-pixels", "corrupt-image", "busy")
                .forEach(kind -> used.add("refused." + kind));
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
    }
}
