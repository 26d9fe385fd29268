package org.newsroom.cms.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way: domain ← application ← infrastructure, no package cycle anywhere in core
 * (plugin host and interchange included); core knows nothing of the web.
 */
class LayeringTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsroom.cms.core");

    @Test
    void domainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("..core.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.application..", "..core.infrastructure..")
                .check(CORE);
    }

    @Test
    void coreKnowsNothingOfTheWebTier() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.newsroom.cms.web..", "jakarta.ws.rs..", "jakarta.servlet..")
                .check(CORE);
    }

    @Test
    void infrastructureDoesNotCallApplicationServices() {
        noClasses().that().resideInAPackage("..core.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("..core.application..")
                .check(CORE);
    }

    @Test
    void corePackagesFormNoCycles() {
        slices().matching("org.newsroom.cms.core.(**)").should().beFreeOfCycles().check(CORE);
    }
}
