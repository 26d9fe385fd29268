package org.newsroom.cms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

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
        // Jdbi (PluginContext.jdbi, the one data-access way) and jsoup (ArticleSnapshot.bodyText)
        classes().that().resideInAPackage("org.newsroom.cms.plugin.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.newsroom.cms.plugin.api..", "java..",
                        "javax..", "jakarta..", "org.jdbi.v3..", "org.jsoup..")
                .check(ALL);
    }

    @Test
    void coreAndWebNameNoPlugin() {
        noClasses().that().resideInAnyPackage("org.newsroom.cms.core..", "org.newsroom.cms.web..")
                .should().dependOnClassesThat().resideInAPackage("org.newsroom.cms.plugins..")
                .check(ALL);
    }
}
