package dev.gooseci;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the package diagram of DESIGN.md §3: dependencies point down the layers, and core knows no host. */
class PackageArchitectureTest {

    /** Layers from top to bottom; a package may depend on its own layer's siblings and on layers below. */
    static final List<List<String>> LAYERS = List.of(
            List.of("cli", "review", "testgen"),
            List.of("agent", "recipe", "scm", "report", "ci"),
            List.of("provider", "tool", "policy", "diff"),
            List.of("conversation", "config", "audit"));

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gooseci");
    }

    static List<String[]> upwardEdges() {
        List<String[]> edges = new ArrayList<>();
        for (int lower = 1; lower < LAYERS.size(); lower++) {
            for (int upper = 0; upper < lower; upper++) {
                for (String from : LAYERS.get(lower)) {
                    for (String to : LAYERS.get(upper)) {
                        edges.add(new String[] {from, to});
                    }
                }
            }
        }
        return edges;
    }

    @ParameterizedTest(name = "{0} must not depend on {1}")
    @MethodSource("upwardEdges")
    void shouldNeverDependUpward(String from, String to) {
        noClasses()
                .that()
                .resideInAPackage("dev.gooseci." + from + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.gooseci." + to + "..")
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void shouldKeepHostTypesOutOfCore() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.apache.maven..", "org.kohsuke.stapler..")
                .check(core);
    }

    @Test
    void shouldHaveNoCyclesBetweenFeatures() {
        slices().matching("dev.gooseci.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void shouldKnowEveryCorePackage() {
        String[] known = LAYERS.stream()
                .flatMap(List::stream)
                .map(p -> "dev.gooseci." + p + "..")
                .toArray(String[]::new);
        classes()
                .that()
                .resideInAPackage("dev.gooseci..")
                .should()
                .resideInAnyPackage(known)
                .because("every core package must be placed in a layer of PackageArchitectureTest")
                .check(core);
    }
}
