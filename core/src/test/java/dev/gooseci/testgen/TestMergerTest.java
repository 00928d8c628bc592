package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestMergerTest {
    private final TestMerger merger = new TestMerger();

    @Test
    void shouldMergeImportsOnceAndSorted() throws IOException {
        CompilationUnit merged = merge(Optional.of(fixture("existing.java")), "com.example.shop.PricingTest");

        assertThat(merged.getImports())
                .extracting(ImportDeclaration::toString)
                .extracting(String::strip)
                .containsExactly(
                        "import static org.junit.jupiter.api.Assertions.assertEquals;",
                        "import static org.junit.jupiter.api.Assertions.assertTrue;",
                        "import java.util.List;",
                        "import org.junit.jupiter.api.Test;");
    }

    @Test
    void shouldRenameClashingMembersWithASuffixAndTheirUses() throws IOException {
        CompilationUnit merged = merge(Optional.of(fixture("existing.java")), "com.example.shop.PricingTest");

        assertThat(merged.findAll(MethodDeclaration.class))
                .extracting(MethodDeclaration::getNameAsString)
                .containsExactly("shouldMultiply", "twice", "shouldMultiply2", "shouldDiscountTenOrMore", "twice2");
        MethodDeclaration discount = merged.findFirst(
                        MethodDeclaration.class, m -> m.getNameAsString().equals("shouldDiscountTenOrMore"))
                .orElseThrow();
        assertThat(discount.toString()).contains("twice2(45)");
        assertThat(merged.toString()).containsOnlyOnce("private final Pricing pricing = new Pricing();");
    }

    @Test
    void shouldCreateTheGooseTestClassWhenNoneExists() throws IOException {
        String merged = merger.merge(
                Optional.empty(), "com.example.shop.PricingGooseTest", List.of(unit(fixture("candidate.java"))));

        assertThat(merged)
                .startsWith("package com.example.shop;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;")
                .contains("\nclass PricingGooseTest {\n")
                .contains("    @Test\n    void shouldDiscountTenOrMore() {\n");
        assertThat(JavaSources.parse(merged).unit()).isPresent();
    }

    private CompilationUnit merge(Optional<String> existing, String className) throws IOException {
        String text = merger.merge(existing, className, List.of(unit(fixture("candidate.java"))));
        return unit(text);
    }

    private static CompilationUnit unit(String text) {
        return JavaSources.parse(text).unit().orElseThrow();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = TestMergerTest.class.getResourceAsStream("TestMergerTest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
