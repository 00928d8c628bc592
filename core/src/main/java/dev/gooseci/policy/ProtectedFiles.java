package dev.gooseci.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files no tool may touch, by name, at any depth: environment files, private keys, credential files, git
 * internals and the agent's own configuration. Matching ignores case, because on case-insensitive file systems
 * {@code .ENV} is {@code .env}.
 */
final class ProtectedFiles {
    private static final Set<String> DIRECTORIES =
            Set.of(".git", ".goose", ".ssh", ".gnupg", ".aws", ".docker", ".kube");
    private static final Set<String> CREDENTIAL_FILES = Set.of(
            ".npmrc",
            ".netrc",
            "_netrc",
            ".pypirc",
            ".git-credentials",
            ".dockercfg",
            ".pgpass",
            ".htpasswd",
            ".gem-credentials",
            "settings-security.xml",
            "credentials.json");
    private static final Set<String> KEY_SUFFIXES = Set.of(".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk");
    private static final Set<String> KEY_PREFIXES = Set.of("id_rsa", "id_ed25519", "id_ecdsa", "id_dsa");

    private ProtectedFiles() {}

    /** Why {@code relative} (a workspace-relative path with {@code /} separators) is protected, if it is. */
    static Optional<String> reason(String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        if (lower.contains(".m2/settings.xml") || lower.contains(".config/gh/")) {
            return Optional.of("'" + relative + "' is a credential file");
        }
        for (String segment : relative.split("[/\\\\]")) {
            Optional<String> reason = reasonForName(segment);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    static Optional<String> reasonForName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(".env") || lower.startsWith(".env.")) {
            return Optional.of("'" + name + "' is an environment file and may hold secrets");
        }
        if (DIRECTORIES.contains(lower)) {
            return Optional.of(
                    lower.equals(".goose")
                            ? "'.goose/' holds the agent's own configuration, which the agent may not touch"
                            : "'" + name + "/' holds git internals or credentials");
        }
        if (CREDENTIAL_FILES.contains(lower)) {
            return Optional.of("'" + name + "' is a credential file");
        }
        for (String prefix : KEY_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return Optional.of("'" + name + "' is an SSH key file");
            }
        }
        for (String suffix : KEY_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return Optional.of("'" + name + "' looks like a private key or key store");
            }
        }
        return Optional.empty();
    }
}
