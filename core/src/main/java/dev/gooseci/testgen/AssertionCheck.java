package dev.gooseci.testgen;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a test method asserts something real: a JUnit, AssertJ, Hamcrest or Truth assertion, {@code assertThrows},
 * {@code fail}, Mockito's {@code verify}, or {@code @Test(expected = ...)}, directly or in a helper method of the same
 * class. An assertion on literals only ({@code assertTrue(true)}, {@code assertEquals(1, 1)}) does not count, nor
 * does an AssertJ {@code assertThat(x)} with nothing chained to it.
 */
final class AssertionCheck {
    private static final Set<String> VERIFY =
            Set.of("verify", "verifyNoInteractions", "verifyNoMoreInteractions", "verifyZeroInteractions");
    private static final Set<String> ASSERTJ_ENTRY =
            Set.of("assertThat", "assertThatThrownBy", "assertThatCode", "assertThatExceptionOfType", "then");
    private static final Set<String> NOT_ASSERTIONS = Set.of("assertDoesNotThrow", "assertAll");

    private AssertionCheck() {}

    static boolean hasRealAssertion(MethodDeclaration method) {
        if (method.getAnnotationByName("Test")
                .map(a -> a.toString().contains("expected"))
                .orElse(false)) {
            return true;
        }
        return asserts(method, new HashSet<>());
    }

    private static boolean asserts(MethodDeclaration method, Set<String> visited) {
        if (!visited.add(method.getDeclarationAsString(false, false, false))) {
            return false;
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (isRealAssertion(call)) {
                return true;
            }
            if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
                for (MethodDeclaration helper : helpers(method, call.getNameAsString())) {
                    if (asserts(helper, visited)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean isRealAssertion(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (VERIFY.contains(name)) {
            return true;
        }
        if (name.equals("fail")) {
            return true;
        }
        if (ASSERTJ_ENTRY.contains(name) && call.getArguments().size() <= 1) {
            return chained(call) && !onlyLiterals(call.getArguments());
        }
        if (name.startsWith("assert") && !NOT_ASSERTIONS.contains(name)) {
            return name.equals("assertThrows") || !onlyLiterals(call.getArguments());
        }
        return false;
    }

    /** Whether an AssertJ entry point has an assertion chained on it, {@code assertThat(x).isEqualTo(y)}. */
    private static boolean chained(MethodCallExpr call) {
        Node parent = call.getParentNode().orElse(null);
        return parent instanceof MethodCallExpr outer
                && outer.getScope().map(s -> s == call).orElse(false)
                && !(parent.getParentNode().orElse(null) instanceof ExpressionStmt && isDescription(outer));
    }

    private static boolean isDescription(MethodCallExpr call) {
        String name = call.getNameAsString();
        return name.equals("as") || name.equals("describedAs") || name.equals("withFailMessage");
    }

    private static boolean onlyLiterals(List<Expression> arguments) {
        if (arguments.isEmpty()) {
            return true;
        }
        return arguments.stream().allMatch(a -> a instanceof LiteralExpr);
    }

    private static List<MethodDeclaration> helpers(MethodDeclaration from, String name) {
        return from.findAncestor(TypeDeclaration.class)
                .map(type -> ((TypeDeclaration<?>) type).getMethodsByName(name))
                .orElse(List.of());
    }
}
