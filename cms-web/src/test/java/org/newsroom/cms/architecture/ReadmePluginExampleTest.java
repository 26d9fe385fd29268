package org.newsroom.cms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's plugin example is the compiled, tested word-count plugin, word for word, file by file. */
class ReadmePluginExampleTest {

    @Test
    void readmeShowsTheExamplePluginThatTheTestsRun() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Path readme = module.resolveSibling("README.md");
        String text = Files.readString(readme);
        for (String file : new String[] {"WordCountPlugin.java", "Settings.java", "WordCountDelivery.java"}) {
            String source = Files.readString(module.resolve("src/test/java/org/newsroom/cms/plugins/example/" + file));
            assertThat(text).as(file).contains(source.strip());
        }
    }
}
