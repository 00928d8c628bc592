package dev.gooseci.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Programs that run another program: {@code env}, {@code exec}, {@code nice}, {@code nohup}, {@code timeout},
 * {@code time}, {@code command}, {@code stdbuf}, {@code setsid} and {@code xargs}. The policy looks through them and
 * checks the inner command, so a wrapper is allowed exactly when what it runs is allowed. An option the table does
 * not know is refused, because it might take the next word as its value and hide the real program.
 */
final class ShellWrappers {

    /**
     * The command a wrapper runs.
     *
     * @param inner the inner command's words; empty when the wrapper runs nothing
     * @param assignments {@code NAME=value} words given to {@code env}
     * @param problem why the wrapper itself is refused, or empty text
     * @param argumentsFromInput whether the inner command gets more arguments at run time ({@code xargs})
     */
    record Unwrapped(List<ShellWord> inner, List<ShellWord> assignments, String problem, boolean argumentsFromInput) {}

    /** Options that take a value, per wrapper; the value may be attached ({@code -n5}, {@code --signal=KILL}). */
    private static final Map<String, Set<String>> VALUED = Map.of(
            "env", Set.of("-u", "--unset", "-C", "--chdir"),
            "exec", Set.of("-a"),
            "nice", Set.of("-n", "--adjustment"),
            "timeout", Set.of("-s", "--signal", "-k", "--kill-after"),
            "stdbuf", Set.of("-i", "-o", "-e", "--input", "--output", "--error"),
            "xargs",
                    Set.of(
                            "-a",
                            "--arg-file",
                            "-d",
                            "--delimiter",
                            "-E",
                            "--eof",
                            "-I",
                            "--replace",
                            "-L",
                            "--max-lines",
                            "-n",
                            "--max-args",
                            "-P",
                            "--max-procs",
                            "-s",
                            "--max-chars"));

    private static final Map<String, Set<String>> FLAGS = Map.of(
            "env", Set.of("-i", "--ignore-environment", "-", "-0", "--null"),
            "exec", Set.of("-c", "-l"),
            "timeout", Set.of("--preserve-status", "--foreground", "-v", "--verbose"),
            "time", Set.of("-p"),
            "command", Set.of("-p"),
            "setsid", Set.of("-f", "--fork", "-w", "--wait", "-c", "--ctty"),
            "xargs", Set.of("-0", "--null", "-r", "--no-run-if-empty", "-t", "--verbose", "-x", "--exit"));
    private static final Set<String> WRAPPERS =
            Set.of("env", "exec", "nice", "nohup", "timeout", "time", "command", "stdbuf", "setsid", "xargs");

    private ShellWrappers() {}

    static Optional<Unwrapped> unwrap(String name, List<ShellWord> args) {
        if (!WRAPPERS.contains(name)) {
            return Optional.empty();
        }
        Set<String> valued = VALUED.getOrDefault(name, Set.of());
        Set<String> flags = FLAGS.getOrDefault(name, Set.of());
        int i = 0;
        while (i < args.size() && args.get(i).text().startsWith("-")) {
            String option = args.get(i).text();
            if (option.equals("--")) {
                i++;
                break;
            }
            if (name.equals("env") && (option.startsWith("-S") || option.startsWith("--split-string"))) {
                return Optional.of(refused("env -S builds a command from a string, which cannot be checked"));
            }
            if (name.equals("command") && (option.equals("-v") || option.equals("-V"))) {
                return Optional.of(new Unwrapped(List.of(), List.of(), "", false));
            }
            if (valued.contains(option)) {
                i += 2;
            } else if (flags.contains(option) || attachedValue(option, valued) || niceLevel(name, option)) {
                i++;
            } else {
                return Optional.of(refused("option " + option + " of " + name + " is not understood by the"
                        + " command policy; write the command without it"));
            }
        }
        int assignmentsEnd = i;
        while (name.equals("env") && assignmentsEnd < args.size() && isAssignment(args.get(assignmentsEnd))) {
            assignmentsEnd++;
        }
        List<ShellWord> assignments = args.subList(i, Math.min(assignmentsEnd, args.size()));
        int commandStart = Math.min(assignmentsEnd, args.size());
        if (name.equals("timeout")) {
            commandStart = Math.min(commandStart + 1, args.size());
        }
        List<ShellWord> inner = args.subList(commandStart, args.size());
        if (inner.isEmpty() && name.equals("env")) {
            return Optional.of(refused("env without a command prints the environment, which holds secrets"));
        }
        if (inner.isEmpty() && name.equals("xargs")) {
            inner = List.of(ShellWord.literal("echo"));
        }
        return Optional.of(new Unwrapped(List.copyOf(inner), List.copyOf(assignments), "", name.equals("xargs")));
    }

    static boolean isAssignment(ShellWord word) {
        return word.text().matches("[A-Za-z_][A-Za-z0-9_]*\\+?=.*");
    }

    private static boolean attachedValue(String option, Set<String> valued) {
        for (String v : valued) {
            boolean shortForm = v.length() == 2 && option.length() > 2 && option.startsWith(v);
            if (shortForm || (v.startsWith("--") && option.startsWith(v + "="))) {
                return true;
            }
        }
        return false;
    }

    private static boolean niceLevel(String name, String option) {
        return name.equals("nice") && option.matches("-[0-9]+");
    }

    private static Unwrapped refused(String problem) {
        return new Unwrapped(List.of(), List.of(), problem, false);
    }
}
