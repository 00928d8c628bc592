package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintTest {
    private static final String PATH = "src/main/java/App.java";
    private static final String TITLE = "`reader` is never closed";

    private static final List<String> BEFORE =
            List.of("class App {", "  void run() {", "    Reader reader = open();", "    use(reader);", "  }", "}");

    /** The same code, three lines lower and re-indented with a tab and extra spaces. */
    private static final List<String> AFTER = List.of(
            "import java.io.Reader;",
            "",
            "// App",
            "class App {",
            "  void run() {",
            "\tReader   reader = open();  ",
            "\t  use(reader);",
            "  }",
            "}");

    @Test
    void shouldBeTwentyLowerCaseHexDigits() {
        String fingerprint = Fingerprint.of(PATH, "resource-leak", TITLE, "Reader reader = open();");

        assertThat(fingerprint).hasSize(Fingerprint.LENGTH).matches("[0-9a-f]{20}");
        assertThat(Fingerprint.isValid(fingerprint)).isTrue();
    }

    @Test
    void shouldSurviveCodeMovingDownAndReindenting() {
        // given: the finding points at lines 3-4 before and 6-7 after
        String before = Fingerprint.codeContext(BEFORE, 3, 4);
        String after = Fingerprint.codeContext(AFTER, 6, 7);

        // when / then
        assertThat(Fingerprint.of(PATH, "resource-leak", TITLE, after))
                .isEqualTo(Fingerprint.of(PATH, "resource-leak", TITLE, before));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "'reader' is never closed",
                "\"reader\" is  never closed.",
                "READER is never closed",
                "\u2018reader\u2019 is never closed",
                "  `reader`\tis never\nclosed  "
            })
    void shouldIgnoreCaseQuotesWhitespaceAndAFinalFullStopInTitles(String title) {
        assertThat(Fingerprint.of(PATH, "resource-leak", title, "x"))
                .isEqualTo(Fingerprint.of(PATH, "resource-leak", TITLE, "x"));
    }

    @Test
    void shouldIgnoreNumbersInTitlesSuchAsLineNumbers() {
        assertThat(Fingerprint.of(PATH, "correctness", "Off by one at line 42", "x"))
                .isEqualTo(Fingerprint.of(PATH, "correctness", "Off by one at line 57", "x"));
    }

    @Test
    void shouldNormalisePathSeparatorsAndCategoryCase() {
        assertThat(Fingerprint.of("./src\\main\\java\\App.java", " Resource-Leak ", TITLE, "x"))
                .isEqualTo(Fingerprint.of(PATH, "resource-leak", TITLE, "x"));
    }

    @Test
    void shouldDifferForAnotherPathCategoryTitleOrCode() {
        String base = Fingerprint.of(PATH, "resource-leak", TITLE, "Reader reader = open();");

        assertThat(List.of(
                        Fingerprint.of("src/main/java/Other.java", "resource-leak", TITLE, "Reader reader = open();"),
                        Fingerprint.of(PATH, "correctness", TITLE, "Reader reader = open();"),
                        Fingerprint.of(PATH, "resource-leak", "`writer` is never closed", "Reader reader = open();"),
                        Fingerprint.of(PATH, "resource-leak", TITLE, "Reader reader = openBuffered();"),
                        Fingerprint.of(PATH, "resource-leak", TITLE, "")))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepDigitsAndQuotesInCode() {
        assertThat(Fingerprint.of(PATH, "correctness", TITLE, "int limit = 10;"))
                .isNotEqualTo(Fingerprint.of(PATH, "correctness", TITLE, "int limit = 20;"));
        assertThat(Fingerprint.of(PATH, "correctness", TITLE, "s = \"a\";"))
                .isNotEqualTo(Fingerprint.of(PATH, "correctness", TITLE, "s = a;"));
    }

    @Test
    void shouldNotLetFieldsRunIntoEachOther() {
        assertThat(Fingerprint.of("a", "bc", TITLE, "x")).isNotEqualTo(Fingerprint.of("ab", "c", TITLE, "x"));
    }

    @Test
    void shouldCutTheCodeContextToTheFile() {
        assertThat(Fingerprint.codeContext(BEFORE, 5, 9)).isEqualTo("  }\n}");
        assertThat(Fingerprint.codeContext(BEFORE, 0, 1)).isEqualTo("class App {");
        assertThat(Fingerprint.codeContext(BEFORE, 8, 9)).isEmpty();
    }

    @Test
    void shouldRejectTextOfAnotherShape() {
        assertThat(Fingerprint.isValid("ABCDEF0123456789ABCD")).isFalse();
        assertThat(Fingerprint.isValid("abc")).isFalse();
        assertThat(Fingerprint.isValid(null)).isFalse();
    }
}
