package dev.gooseci.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvFilterTest {
    private final EnvFilter filter = new EnvFilter(List.of("SONAR_HOST_URL"));

    @ParameterizedTest(name = "{0} passes={2}")
    @CsvSource(delimiter = '|', textBlock = """
            PATH                                | /usr/bin:/bin                       | true
            HOME                                | /home/runner                        | true
            LANG                                | C.UTF-8                             | true
            LC_ALL                              | C                                   | true
            TERM                                | xterm                               | true
            TMPDIR                              | /tmp                                | true
            JAVA_HOME                           | /opt/java                           | true
            MAVEN_OPTS                          | -Xmx1g                              | true
            CI                                  | true                                | true
            SONAR_HOST_URL                      | https://sonar.example.com           | true
            GITHUB_TOKEN                        | ghs_x                               | false
            GH_TOKEN                            | x                                   | false
            ACTIONS_RUNTIME_TOKEN               | x                                   | false
            ACTIONS_ID_TOKEN_REQUEST_TOKEN      | x                                   | false
            ACTIONS_ID_TOKEN_REQUEST_URL        | https://x                           | false
            CI_JOB_TOKEN                        | x                                   | false
            CI_JOB_JWT_V2                       | x                                   | false
            GITLAB_TOKEN                        | x                                   | false
            GOOSE_PROVIDER_KEY                  | x                                   | false
            OPENAI_API_KEY                      | x                                   | false
            ANTHROPIC_API_KEY                   | x                                   | false
            AWS_ACCESS_KEY_ID                   | x                                   | false
            AWS_SECRET_ACCESS_KEY               | x                                   | false
            AZURE_OPENAI_KEY                    | x                                   | false
            GOOGLE_API_KEY                      | x                                   | false
            DB_PASSWORD                         | x                                   | false
            NPM_TOKEN                           | x                                   | false
            RANDOM_BUILD_FLAG                   | x                                   | false
            HTTPS_PROXY                         | http://proxy:3128                   | true
            HTTPS_PROXY                         | http://user:pa55word@proxy:3128     | false
            MAVEN_OPTS                          | -Dgh=ghp_abcdefghijklmnopqrstuvwxyz0123456789 | false
            """)
    void shouldPassOnlySafeVariables(String name, String value, boolean passes) {
        assertThat(filter.passes(name, value)).isEqualTo(passes);
    }

    @Test
    void shouldBuildTheFilteredEnvironment() {
        Map<String, String> runner =
                Map.of("PATH", "/usr/bin", "GITHUB_TOKEN", "ghs_abc", "LC_CTYPE", "C", "OPENAI_API_KEY", "sk-x");

        assertThat(filter.filter(runner)).containsExactly(Map.entry("LC_CTYPE", "C"), Map.entry("PATH", "/usr/bin"));
    }

    @Test
    void shouldRefuseToAllowASecretLookingName() {
        assertThatThrownBy(() -> new EnvFilter(List.of("SONAR_TOKEN")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SONAR_TOKEN")
                .hasMessageContaining("looks like a secret");
    }
}
