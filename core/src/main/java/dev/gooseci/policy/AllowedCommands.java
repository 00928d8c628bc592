package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shell allowlist from configuration: entries are a program ({@code mvn}, {@code ./mvnw}) or a program and one
 * subcommand ({@code git diff}). A program listed alone may run with any arguments; a program listed only with
 * subcommands may run only those, and no option may come before the subcommand (so {@code git -c core.pager=..}
 * cannot sneak in configuration). Programs match exactly, so {@code /tmp/x/git} is not {@code git}.
 */
final class AllowedCommands {
    private final Map<String, Set<String>> subcommands = new HashMap<>();
    private final Set<String> anyArguments = new TreeSet<>();

    AllowedCommands(Collection<String> entries) {
        requireNonNull(entries, "entries");
        for (String entry : entries) {
            String[] parts = entry.trim().split("\\s+");
            if (entry.isBlank() || parts.length > 2) {
                throw new IllegalArgumentException("shell allowlist entry '" + entry + "' must be a program, or a"
                        + " program and one subcommand, such as 'mvn' or 'git diff'");
            }
            if (parts.length == 1) {
                anyArguments.add(parts[0]);
            } else {
                subcommands.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
            }
        }
    }

    /** Why {@code words} may not run, or empty if they may. */
    Optional<String> refusal(List<ShellWord> words) {
        String program = words.get(0).text();
        if (anyArguments.contains(program)) {
            return Optional.empty();
        }
        Set<String> allowed = subcommands.get(program);
        if (allowed == null) {
            return Optional.of("program '" + program + "' is not in the shell allowlist (allowed: " + describe()
                    + "); add it to the allowed commands setting if this run needs it");
        }
        if (words.size() < 2) {
            return Optional.of("'" + program + "' is allowed only with a subcommand: " + String.join(", ", allowed));
        }
        ShellWord sub = words.get(1);
        if (sub.text().startsWith("-")) {
            return Optional.of("'" + program + " " + sub.text() + "': options before the subcommand are not allowed;"
                    + " put them after one of: " + String.join(", ", allowed));
        }
        if (sub.dynamic() || sub.glob() || !allowed.contains(sub.text())) {
            return Optional.of("'" + program + " " + sub.text() + "' is not allowed; allowed subcommands of " + program
                    + ": " + String.join(", ", allowed));
        }
        return Optional.empty();
    }

    private String describe() {
        Set<String> all = new TreeSet<>(anyArguments);
        subcommands.forEach((program, subs) -> subs.forEach(s -> all.add(program + " " + s)));
        return all.isEmpty() ? "nothing" : String.join(", ", all);
    }
}
