package dev.gooseci.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.config.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretRedactorTest {
    private static final String OWN = "s3cr3t-v@lue/with+chars";
    private final SecretRedactor redactor = new SecretRedactor(List.of(Secret.of(OWN)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            token ghp_abcdefghijklmnopqrstuvwxyz0123456789 end      | token [REDACTED:github-token] end
            gho_abcdefghijklmnopqrstuvwxyz0123456789                | [REDACTED:github-token]
            ghs_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789                | [REDACTED:github-token]
            ghu_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789                | [REDACTED:github-token]
            github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv  | [REDACTED:github-token]
            glpat-abcdefghij0123456789xyz                           | [REDACTED:gitlab-token]
            key=sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123         | key=[REDACTED:anthropic-key]
            sk-proj-abcdefghijklmnopqrstuvwxyz0123                  | [REDACTED:openai-key]
            sk-abcdefghijklmnopqrstuvwxyz0123                       | [REDACTED:openai-key]
            id AKIAIOSFODNN7EXAMPLE here                            | id [REDACTED:aws-access-key-id] here
            ASIAIOSFODNN7EXAMPLE                                    | [REDACTED:aws-access-key-id]
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY | aws_secret_access_key = [REDACTED:aws-secret-key]
            "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" | "SecretAccessKey": "[REDACTED:aws-secret-key]"
            xoxb-1234567890-abcdefghij                              | [REDACTED:slack-token]
            AIzaSyA1234567890abcdefghijklmnopqrstuv                 | [REDACTED:google-api-key]
            eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U | [REDACTED:jwt]
            Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345  | Authorization: Bearer [REDACTED:bearer-token]
            https://user:hunter2pass@example.com/repo.git           | https://[REDACTED:url-credentials]@example.com/repo.git
            plain text with sk- and ghp_ but too short              | plain text with sk- and ghp_ but too short
            commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904         | commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904
            """)
    void shouldMaskKnownFormats(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @Test
    void shouldMaskAMultiLinePemPrivateKey() {
        String text = "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\nq83Nd==\n"
                + "-----END RSA PRIVATE KEY-----\nafter";

        assertThat(redactor.redact(text)).isEqualTo("before\n[REDACTED:private-key]\nafter");
    }

    @Test
    void shouldMaskATruncatedPrivateKeyToTheEnd() {
        assertThat(redactor.redact("x -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk"))
                .isEqualTo("x [REDACTED:private-key]");
    }

    @Test
    void shouldMaskTheRunsOwnSecretInEveryEncoding() {
        String base64 = Base64.getEncoder().encodeToString(OWN.getBytes(StandardCharsets.UTF_8));
        String basicAuth =
                Base64.getEncoder().encodeToString(("x-access-token:" + OWN).getBytes(StandardCharsets.UTF_8));
        String url = URLEncoder.encode(OWN, StandardCharsets.UTF_8);

        assertThat(redactor.redact("raw " + OWN)).isEqualTo("raw [REDACTED:secret]");
        assertThat(redactor.redact("b64 " + base64)).isEqualTo("b64 [REDACTED:secret]");
        assertThat(redactor.redact("url ?t=" + url)).isEqualTo("url ?t=[REDACTED:secret]");
        assertThat(redactor.redact("Authorization: Basic " + basicAuth)).contains("[REDACTED:secret]");
        assertThat(redactor.redact("Authorization: Basic " + basicAuth)).doesNotContain(basicAuth.substring(24, 40));
    }

    @Test
    void shouldLeaveCleanTextUntouchedAndSayWhetherItHasSecrets() {
        String clean = "Review of src/main/java/App.java: 3 findings, see line 42.";

        assertThat(redactor.redact(clean)).isSameAs(clean);
        assertThat(redactor.containsSecret(clean)).isFalse();
        assertThat(SecretRedactor.knownFormats().containsSecret("ghp_abcdefghijklmnopqrstuvwxyz0123456789"))
                .isTrue();
    }

    @Test
    void shouldRedactEveryOccurrenceInLargeText() {
        String token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
        String text = ("line of ordinary log output " + token + "\n").repeat(20_000);

        String redacted = redactor.redact(text);

        assertThat(redacted).doesNotContain("ghp_a");
        assertThat(redacted.split("\\[REDACTED:github-token]", -1)).hasSize(20_001);
    }
}
