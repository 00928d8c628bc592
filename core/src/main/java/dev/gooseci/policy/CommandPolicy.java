package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Decides whether a shell command line may run. The line is parsed with POSIX shell rules ({@link ShellParser});
 * every simple command in it, including those inside substitutions, {@code bash -c} scripts, {@code eval} and
 * wrappers such as {@code env}, {@code xargs} and {@code nice}, must be on the allowlist; redirection targets must
 * pass the {@link PathSandbox}; and known-dangerous patterns are refused with their own reason even when every
 * program is allowed. Anything the parser cannot check is refused, never guessed.
 */
public final class CommandPolicy {
    private static final int MAX_LENGTH = 16_384;
    private static final Pattern FORK_BOMB =
            Pattern.compile("([A-Za-z_:][A-Za-z0-9_:]*)\\s*\\(\\s*\\)\\s*\\{[^}]*\\1\\s*\\|\\s*\\1");

    private final AllowedCommands allowed;
    private final PathSandbox sandbox;

    /**
     * @param allowed programs ({@code mvn}, {@code ./mvnw}) or program and subcommand ({@code git diff}); see the
     *     allowed commands setting
     * @param sandbox checks redirection targets
     */
    public CommandPolicy(Collection<String> allowed, PathSandbox sandbox) {
        this.allowed = new AllowedCommands(requireNonNull(allowed, "allowed"));
        this.sandbox = requireNonNull(sandbox, "sandbox");
    }

    /** {@link Allow}, or {@link Deny} with the first danger found, else the first refusal. Never {@link Ask}. */
    public Decision check(String commandLine) {
        requireNonNull(commandLine, "commandLine");
        if (commandLine.isBlank()) {
            return Decision.deny("the command is empty");
        }
        if (commandLine.indexOf('\0') >= 0) {
            return Decision.deny("the command contains a NUL byte");
        }
        if (commandLine.length() > MAX_LENGTH) {
            return Decision.deny("the command is longer than " + MAX_LENGTH + " characters; split it up");
        }
        if (FORK_BOMB.matcher(commandLine).find()) {
            return Decision.deny("a function that pipes into itself is a fork bomb");
        }
        ShellScript script;
        try {
            script = ShellParser.parse(commandLine);
        } catch (ShellSyntaxException e) {
            return Decision.deny(
                    "cannot check the command: " + e.getMessage() + "; use simple commands joined by ;, &&, || or |");
        }
        return new CommandCheck(allowed, sandbox, ScriptFacts.of(script)).verdict(script);
    }
}
