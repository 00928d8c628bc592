package dev.gooseci.testgen;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.Optional;
import java.util.Set;

/** Parses Java sources with JavaParser at the Java 17 language level and recognises test methods. */
final class JavaSources {
    private static final Set<String> TEST_ANNOTATIONS =
            Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate");

    private JavaSources() {}

    /** The parsed unit, or the parser's problems as one message. */
    static ParseOutcome parse(String source) {
        JavaParser parser =
                new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        ParseResult<CompilationUnit> result = parser.parse(source);
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new ParseOutcome(result.getResult(), "");
        }
        return new ParseOutcome(Optional.empty(), result.getProblems().toString());
    }

    static boolean isTest(MethodDeclaration method) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            String name = annotation.getName().getIdentifier();
            if (TEST_ANNOTATIONS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A parse: the unit, or why there is none. */
    record ParseOutcome(Optional<CompilationUnit> unit, String problems) {}
}
