package dev.gooseci.testgen;

import com.github.javaparser.ast.body.MethodDeclaration;

/** Parses one test method, with the imports and a helper the checks may follow, for the gate tables. */
final class Snippets {
    private Snippets() {}

    static MethodDeclaration testMethod(String imports, String body) {
        String source = imports + "\nclass T {\n  @Test void candidate() throws Exception {\n    " + body + "\n  }\n"
                + "  private void helperAsserting(int x) { assertEquals(1, x); }\n"
                + "  private void helperSleeping() throws Exception { Thread.sleep(5); }\n}\n";
        return JavaSources.parse(source)
                .unit()
                .orElseThrow(() -> new AssertionError("snippet does not parse: " + body))
                .findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals("candidate"))
                .orElseThrow();
    }
}
