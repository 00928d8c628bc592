package dev.gooseci;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void shouldNeverDependUpward() {
        String[] names = {"top", "service", "foundation", "base"};
        Architectures.LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (int i = 0; i < LAYERS.size(); i++) {
            layers = layers.layer(names[i])
                    .definedBy(LAYERS.get(i).stream()
                            .map(p -> "dev.gooseci." + p + "..")
                            .toArray(String[]::new));
        }
        layers.whereLayer("top")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("top")
                .whereLayer("foundation")
                .mayOnlyBeAccessedByLayers("top", "service")
                .whereLayer("base")
                .mayOnlyBeAccessedByLayers("top", "service", "foundation")
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
