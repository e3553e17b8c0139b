package dev.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@code mail.control} and {@code calendar.control} depend on each other in one direction only, as
 * their package comments say, so a newcomer can read a part with only the parts below it in mind. And no feature
 * depends on the web layer: shared request types live in {@code platform}.
 */
class FeaturePartsArchitectureTest {

    private static final JavaClasses TANDEM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem");

    private static final String MAIL = "dev.tandem.mail.control.";
    private static final String CALENDAR = "dev.tandem.calendar.control.";

    @Test
    void mailPartsHaveNoCycles() {
        slices().matching("dev.tandem.mail.control.(*)..").should().beFreeOfCycles().check(TANDEM);
    }

    @Test
    void calendarPartsHaveNoCycles() {
        slices().matching("dev.tandem.calendar.control.(*)..").should().beFreeOfCycles().check(TANDEM);
    }

    @Test
    void mailPartsDependOnlyOnTheIntendedParts() {
        mayDependOnly(MAIL, "imap");
        mayDependOnly(MAIL, "mime");
        mayDependOnly(MAIL, "diagnosis", "imap");
        mayDependOnly(MAIL, "blocklist");
        mayDependOnly(MAIL, "discovery");
        mayDependOnly(MAIL, "sync", "imap", "mime", "blocklist");
    }

    @Test
    void calendarPartsDependOnlyOnTheIntendedParts() {
        mayDependOnly(CALENDAR, "item");
        mayDependOnly(CALENDAR, "dav");
        mayDependOnly(CALENDAR, "ical", "item", "dav");
        mayDependOnly(CALENDAR, "recurrence", "ical", "item");
        mayDependOnly(CALENDAR, "caldav", "dav");
        mayDependOnly(CALENDAR, "collection", "caldav", "dav", "item");
        mayDependOnly(CALENDAR, "crm", "item", "ical");
        mayDependOnly(CALENDAR, "graph", "ical", "item", "recurrence");
    }

    @Test
    void noFeatureDependsOnTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("dev.tandem.web..")
                .should().dependOnClassesThat().resideInAPackage("dev.tandem.web..")
                .because("the web layer sits on top of the features; what they share belongs in platform")
                .check(TANDEM);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("dev.tandem.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tandem.crm..", "dev.tandem.connection..",
                        "dev.tandem.mail..", "dev.tandem.calendar..", "dev.tandem.activity..", "dev.tandem.web..")
                .check(TANDEM);
    }

    /**
     * Checks that part {@code part} of {@code base} uses no sibling part but {@code allowed}. Every named part must
     * exist, so that renaming a package cannot quietly turn its rule into one that checks nothing.
     */
    private static void mayDependOnly(String base, String part, String... allowed) {
        Set<String> parts = partsOf(base);
        assertTrue(parts.contains(part), base + part + " is gone; the rule must name the parts that exist: " + parts);
        assertTrue(parts.containsAll(List.of(allowed)), "allowed parts of " + base + part + " must exist: " + parts);
        String[] forbidden = parts.stream()
                .filter(sibling -> !sibling.equals(part) && !List.of(allowed).contains(sibling))
                .map(sibling -> base + sibling + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(base + part + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(true)
                .check(TANDEM);
    }

    private static Set<String> partsOf(String base) {
        return TANDEM.stream()
                .map(javaClass -> javaClass.getPackageName())
                .filter(name -> name.startsWith(base))
                .map(name -> name.substring(base.length()).split("\\.")[0])
                .collect(Collectors.toSet());
    }
}
