package org.newsroom.cms.plugins.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The plugin's English and Indonesian texts have the same keys, and Indonesian is not English copied. */
class MessagesTest {

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties id = load("messages_id.properties");
        assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(key -> !en.getProperty(key).equals(id.getProperty(key)));
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/newsroom/cms/plugins/tagging/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8));
            return p;
        }
    }
}
