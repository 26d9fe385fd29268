package org.newsroom.cms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's plugin example is the compiled, tested {@code WordCountPlugin}, word for word. */
class ReadmePluginExampleTest {

    @Test
    void readmeShowsTheExamplePluginThatTheTestsRun() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Path readme = module.resolveSibling("README.md");
        String source = Files.readString(module.resolve(
                "src/test/java/org/newsroom/cms/plugins/example/WordCountPlugin.java"));
        assertThat(Files.readString(readme)).contains(source.strip());
    }
}
