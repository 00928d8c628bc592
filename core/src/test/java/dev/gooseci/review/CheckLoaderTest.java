package dev.gooseci.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckLoaderTest {
    private static final String FILE = ".goose/checks/sql.md";

    @Test
    void shouldReadTheFrontMatterAndTakeTheBodyAsInstructions() {
        // when
        CustomCheck check = CheckLoader.parse(
                FILE, "---\nname: sql-safety\nglobs: [\"*.sql\", \"src/**/Dao*.java\"]\n---\nUse bind variables.\n");

        // then
        assertThat(check)
                .isEqualTo(new CustomCheck(
                        FILE,
                        "sql-safety",
                        List.of("*.sql", "src/**/Dao*.java"),
                        Severity.MAJOR,
                        "Use bind variables."));
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "*.sql,             db/migrations/V1.sql,     true",
        "*.sql,             V1.sql,                   true",
        "src/**/Dao*.java,  src/main/java/DaoX.java,  true",
        "src/**/Dao*.java,  src/DaoX.java,            true",
        "src/**/Dao*.java,  test/DaoX.java,           false",
        "src/*.java,        src/a/B.java,             false",
        "**/*.java,         B.java,                   true",
    })
    void shouldMatchGlobsLikeGitignore(String glob, String path, boolean matches) {
        CustomCheck check = new CustomCheck(FILE, "c", List.of(glob), Severity.MINOR, "x");

        assertThat(check.matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name: a\\nglobs: x| front matter| must start with a '---' line",
                "---\\nname: a\\nglobs: x\\n| front matter| no closing '---' line",
                "---\\nglobs: x\\n---\\nbody| name| required: 1 to 60 letters",
                "---\\nname: a b\\nglobs: x\\n---\\nbody| name| required",
                "---\\nname: a\\n---\\nbody| globs| required: a glob or a list",
                "---\\nname: a\\nglobs: [1, \"\"]\\n---\\nbody| globs| required",
                "---\\nname: a\\nglobs: x\\nseverity: huge\\n---\\nbody| severity| unknown severity 'huge'",
                "---\\nname: a\\nglobs: x\\n---\\n| instructions| required: what to look for",
                "---\\nname: a\\nglobs: x\\nlevel: 3\\n---\\nbody| level| unknown field",
                "---\\nname: [a\\n---\\nbody| front matter| not valid YAML",
            })
    void shouldNameTheFileAndFieldOfABadCheck(String text, String field, String message) {
        assertThatThrownBy(() -> CheckLoader.parse(FILE, text.replace("\\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("custom check " + FILE + ", field '" + field.strip() + "': ")
                .hasMessageContaining(message.strip());
    }
}
