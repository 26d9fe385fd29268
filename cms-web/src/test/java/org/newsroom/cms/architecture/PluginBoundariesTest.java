package org.newsroom.cms.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.CmsPlugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin boundaries: plugins ({@code org.newsroom.cms.plugins..}, every module under cms-plugins/ and
 * the test plugins) see only the API; the API sees only Java and Jakarta; core names no plugin.
 */
class PluginBoundariesTest {

    private static final JavaClasses ALL = new ClassFileImporter().importPackages("org.newsroom.cms");

    @Test
    void pluginsUseOnlyTheApi() {
        noClasses().that().resideInAPackage("org.newsroom.cms.plugins..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsroom.cms.core..",
                        "org.newsroom.cms.web..", "org.newsroom.cms.migrations..")
                .check(ALL);
    }

    @Test
    void theApiDependsOnNothingOfOurs() {
        // besides the JDK and Jakarta EE, only the two libraries the contract hands to plugins:
        // Jdbi (PluginContext.jdbi, the one data-access way), jsoup (ArticleSnapshot.bodyText) and jte's
        // runtime (ui.Templates, the panels' precompiled templates)
        classes().that().resideInAPackage("org.newsroom.cms.plugin.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.newsroom.cms.plugin.api..", "java..",
                        "javax..", "jakarta..", "org.jdbi.v3..", "org.jsoup..", "gg.jte..")
                .check(ALL);
    }

    @Test
    void coreAndWebNameNoPlugin() {
        noClasses().that().resideInAnyPackage("org.newsroom.cms.core..", "org.newsroom.cms.web..")
                .should().dependOnClassesThat().resideInAPackage("org.newsroom.cms.plugins..")
                .check(ALL);
    }

    /**
     * The newsroom UI's templates, scripts, styles, texts and page code name no installed plugin (by id, name or
     * package): the plugins' panels appear through the extension point alone.
     */
    @Test
    void theNewsroomUiAndTheSiteNameNoPlugin() throws IOException {
        List<CmsPlugin> plugins = ServiceLoader.load(CmsPlugin.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(plugins).extracting(CmsPlugin::id).contains("tagging", "bylines", "photo-captions");
        List<Path> roots = List.of(Path.of("src/main/jte"), Path.of("src/main/webapp/newsroom"),
                Path.of("src/main/java/org/newsroom/cms/web/newsroom"),
                Path.of("src/main/resources/org/newsroom/cms/web/newsroom"), Path.of("src/main/webapp/site"),
                Path.of("src/main/java/org/newsroom/cms/web/site"), Path.of("src/main/resources/org/newsroom/cms/web/site"));
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file).toLowerCase(Locale.ROOT);
                    for (CmsPlugin plugin : plugins) {
                        for (String name : List.of(plugin.id(), plugin.name().toLowerCase(Locale.ROOT),
                                plugin.getClass().getPackageName())) {
                            if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find()) {
                                found.add(file + " names " + name);
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
