package dev.gooseci.config;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an environment variable's name says it holds a secret: CI tokens, provider keys, passwords. Shared by the
 * policy's environment filter (such variables never reach a subprocess) and command policy ({@code echo $GITHUB_TOKEN}
 * is refused), and by the configuration, which refuses such a name in {@code env.pass} where it is written.
 */
public final class SecretNames {
    private static final String[] FRAGMENTS = {
        "TOKEN",
        "SECRET",
        "PASSWORD",
        "PASSWD",
        "PASSPHRASE",
        "CREDENTIAL",
        "APIKEY",
        "API_KEY",
        "PRIVATE_KEY",
        "ACCESS_KEY",
        "JWT",
        "COOKIE",
        "SESSION_KEY",
        "SIGNING_KEY"
    };
    private static final Set<String> PARTS = Set.of("KEY", "KEYS", "PAT", "PASS");
    private static final String[] PREFIXES = {"AWS_", "ANTHROPIC_", "OPENAI_", "AZURE_OPENAI_", "GOOSE_PROVIDER_"};

    private SecretNames() {}

    public static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String fragment : FRAGMENTS) {
            if (upper.contains(fragment)) {
                return true;
            }
        }
        for (String prefix : PREFIXES) {
            if (upper.startsWith(prefix)) {
                return true;
            }
        }
        for (String part : upper.split("[^A-Z0-9]+")) {
            if (PARTS.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
