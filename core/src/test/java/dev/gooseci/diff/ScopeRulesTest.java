package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .gooseignore, and the settings' bounds. */
class ScopeRulesTest {

    @Test
    void shouldReadGooseignoreFromTheRoot(@TempDir Path root) throws IOException {
        // given
        Files.writeString(root.resolve(".gooseignore"), "# fixtures are recorded\nsrc/test/fixtures/\n");

        // when
        ScopeRules rules = ScopeRules.defaults().withGooseignoreOf(root);

        // then
        assertThat(rules.ignoreRules()).containsExactly("# fixtures are recorded", "src/test/fixtures/");
        assertThat(new FileFilter(rules).check(Changes.modified("src/test/fixtures/a.json", 1)))
                .map(NotReviewed::describe)
                .contains("src/test/fixtures/a.json: ignored by .gooseignore (rule 'src/test/fixtures/')");
    }

    @Test
    void shouldKeepTheRulesWhenThereIsNoGooseignore(@TempDir Path root) {
        assertThat(ScopeRules.defaults().withGooseignoreOf(root)).isEqualTo(ScopeRules.defaults());
    }

    @Test
    void shouldRejectACapBelowOneLine() {
        assertThatThrownBy(() -> ScopeRules.defaults().withMaxChangedLines(0))
                .hasMessage("maxChangedLines must be >= 1, got 0");
    }

    @Test
    void shouldCopyTheLists() {
        List<String> rules = new ArrayList<>(List.of("a/"));
        ScopeRules scope = ScopeRules.defaults().withIgnoreRules(rules);
        rules.add("b/");

        assertThat(scope.ignoreRules()).containsExactly("a/");
    }
}
