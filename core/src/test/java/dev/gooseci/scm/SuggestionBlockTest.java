package dev.gooseci.scm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionBlockTest {
    @Test
    void shouldFenceASuggestionForGithub() {
        assertThat(SuggestionBlock.github("return x;")).isEqualTo("```suggestion\nreturn x;\n```");
    }

    @Test
    void shouldGrowTheFenceWhenTheCodeHoldsBackticks() {
        String code = "String md = \"```java\";\n";

        assertThat(SuggestionBlock.github(code)).isEqualTo("````suggestion\n" + code + "````");
    }

    @Test
    void shouldStateGitlabLineOffsets() {
        assertThat(SuggestionBlock.gitlab("a\nb\n", 1, 0)).isEqualTo("```suggestion:-1+0\na\nb\n```");
    }
}
