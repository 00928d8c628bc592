package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.SecretNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the environment of every subprocess (tools, MCP servers, builds). It is an allowlist: a variable passes only
 * if its name is known to be safe ({@code PATH}, {@code HOME}, {@code LANG}, {@code LC_*}, {@code JAVA_HOME}, ...) or
 * the configuration names it, and even then not if its name looks secret or its value contains a known credential
 * format.
 *
 * <p>Why an allowlist: CI runners export dozens of variables, and vendors add new token names every year
 * ({@code ACTIONS_ID_TOKEN_REQUEST_TOKEN}, {@code CI_JOB_JWT_V2}, ...). A denylist leaks the first name nobody
 * thought of; an allowlist at worst forgets a harmless variable, which the configuration can add back.
 */
public final class EnvFilter {
    private static final Set<String> SAFE = Set.of(
            "PATH",
            "HOME",
            "USER",
            "LOGNAME",
            "SHELL",
            "LANG",
            "LANGUAGE",
            "TZ",
            "TERM",
            "TMPDIR",
            "TMP",
            "TEMP",
            "PWD",
            "HOSTNAME",
            "JAVA_HOME",
            "MAVEN_HOME",
            "M2_HOME",
            "MAVEN_OPTS",
            "MAVEN_ARGS",
            "GRADLE_HOME",
            "GRADLE_USER_HOME",
            "GRADLE_OPTS",
            "NODE_HOME",
            "NVM_DIR",
            "GOPATH",
            "GOROOT",
            "PYTHONHOME",
            "VIRTUAL_ENV",
            "CI",
            "GITHUB_ACTIONS",
            "GITLAB_CI",
            "JENKINS_URL",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "NO_PROXY",
            "http_proxy",
            "https_proxy",
            "no_proxy",
            "SSL_CERT_FILE",
            "SSL_CERT_DIR",
            "XDG_CACHE_HOME",
            "XDG_RUNTIME_DIR");
    private static final Set<String> SAFE_PREFIXES = Set.of("LC_");

    private final Set<String> extra;
    private final SecretRedactor formats = SecretRedactor.knownFormats();

    /** A filter passing only the built-in safe variables. */
    public EnvFilter() {
        this(Set.of());
    }

    /**
     * @param extra further variable names the configuration lets through
     * @throws IllegalArgumentException if one of them looks like a secret: secrets never reach a subprocess
     */
    public EnvFilter(Collection<String> extra) {
        this.extra = Set.copyOf(requireNonNull(extra, "extra"));
        for (String name : this.extra) {
            if (SecretNames.looksSecret(name)) {
                throw new IllegalArgumentException("environment allowlist entry '" + name + "' looks like a secret;"
                        + " secrets are never passed to tools, MCP servers or builds. Remove it from the setting");
            }
        }
    }

    /** The variables of {@code environment} that a subprocess may see, sorted by name. */
    public Map<String, String> filter(Map<String, String> environment) {
        requireNonNull(environment, "environment");
        Map<String, String> kept = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (passes(name, value)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** Whether the variable {@code name} with {@code value} may be passed on. */
    public boolean passes(String name, String value) {
        boolean known = SAFE.contains(name)
                || extra.contains(name)
                || SAFE_PREFIXES.stream().anyMatch(name::startsWith);
        return known && !SecretNames.looksSecret(name) && value != null && !formats.containsSecret(value);
    }
}
