package dev.tandem.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The sync core decides; adapters talk to servers and databases. This keeps the core testable without any of
 * them and lets an IMAP, CalDAV or JPA detail change without touching the algorithm.
 */
class SyncCoreIsolationTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem.sync");

    @Test
    void coreUsesNoProtocolPersistenceOrWebTypes() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tandem.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.eclipse..",
                        "net.fortuna..", "java.net.http..", "java.sql..", "com.sun.mail..")
                .because("the sync core must stay free of protocol, JPA and JAX-RS types");
        rule.check(CORE);
    }

    @Test
    void coreDoesNotReachIntoTheRestOfTandem() {
        noClasses().that().resideInAPackage("dev.tandem.sync..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.tandem.sync..", "java..")
                .because("adapters depend on the core, never the other way round")
                .check(CORE);
    }

    @Test
    void spiDoesNotDependOnTheAlgorithm() {
        noClasses().that().resideInAPackage("dev.tandem.sync.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tandem.sync.twoway..", "dev.tandem.sync.mail..")
                .check(CORE);
    }
}
