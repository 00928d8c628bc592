package dev.gooseci.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Known-dangerous commands, each refused with its own reason whatever the allowlist says: recursive deletes of the
 * root or home, setuid bits, raw device writes, disk formatting, privilege escalation, reverse shells, environment
 * dumps, writes to {@code /etc} and assignments that change which program runs.
 */
final class ShellPatterns {
    static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "fish", "csh", "tcsh");
    static final Set<String> INTERPRETERS = Set.of(
            "python", "python2", "python3", "perl", "ruby", "node", "nodejs", "php", "lua", "deno", "bun", "jshell");
    static final Set<String> DOWNLOADERS = Set.of("curl", "wget", "fetch", "aria2c", "http", "lwp-download");
    private static final Set<String> ESCALATION = Set.of("sudo", "doas", "su", "pkexec", "runuser", "run0");
    private static final Set<String> DISK_TOOLS = Set.of("mkswap", "fdisk", "sfdisk", "parted", "wipefs", "cfdisk");
    private static final Set<String> FILE_WRITERS =
            Set.of("tee", "cp", "mv", "install", "ln", "rsync", "touch", "sed", "truncate", "chmod", "chown");
    private static final Set<String> RUNNING_VARIABLES = Set.of(
            "PATH",
            "BASH_ENV",
            "ENV",
            "IFS",
            "PS4",
            "PROMPT_COMMAND",
            "SHELLOPTS",
            "BASHOPTS",
            "HOME",
            "XDG_CONFIG_HOME",
            "PAGER",
            "MANPAGER",
            "EDITOR",
            "VISUAL",
            "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS",
            "JDK_JAVA_OPTIONS",
            "MAVEN_OPTS",
            "MAVEN_ARGS",
            "NODE_OPTIONS",
            "PYTHONPATH",
            "PYTHONSTARTUP",
            "PERL5OPT",
            "PERL5LIB",
            "RUBYOPT",
            "CLASSPATH");
    private static final Pattern SETUID_SYMBOLIC = Pattern.compile("(^|,)[ugoa]*[+=][rwxXt]*s");
    private static final Pattern SETUID_OCTAL = Pattern.compile("0?[2-7][0-7]{3}");
    private static final Pattern RECURSIVE = Pattern.compile("-[a-zA-Z]*[rR][a-zA-Z]*|--recursive");

    private ShellPatterns() {}

    static Optional<String> danger(String name, List<ShellWord> args) {
        if (ESCALATION.contains(name)) {
            return Optional.of("privilege escalation (" + name + ") is never allowed");
        }
        if (name.startsWith("mkfs") || DISK_TOOLS.contains(name)) {
            return Optional.of(name + " formats or partitions a disk");
        }
        if (name.equals("rm")) {
            return recursiveDelete(args);
        }
        if (name.equals("chmod") && args.stream().map(ShellWord::text).anyMatch(ShellPatterns::setuid)) {
            return Optional.of("chmod setting the setuid/setgid bit (+s) is refused");
        }
        if (name.equals("dd")) {
            for (ShellWord arg : args) {
                if (arg.text().startsWith("of=/dev/")) {
                    return Optional.of("dd writing to the device " + arg.text().substring(3) + " is refused");
                }
                if (arg.text().startsWith("of=/etc")) {
                    return Optional.of("writing to /etc is refused");
                }
            }
        }
        if ((name.equals("nc") || name.equals("ncat") || name.equals("netcat"))
                && args.stream()
                        .map(ShellWord::text)
                        .anyMatch(a -> a.matches("-[a-zA-Z]*[ec][a-zA-Z]*|--(sh-|lua-)?exec(=.*)?"))) {
            return Optional.of(name + " -e / -c runs a shell over the network (reverse shell)");
        }
        if (name.equals("socat")
                && args.stream()
                        .map(a -> a.text().toLowerCase(Locale.ROOT))
                        .anyMatch(a -> a.contains("exec:") || a.contains("system:"))) {
            return Optional.of("socat with exec: or system: runs a shell over the network (reverse shell)");
        }
        if (FILE_WRITERS.contains(name) && args.stream().map(ShellWord::text).anyMatch(ShellPatterns::underEtc)) {
            return Optional.of("writing to /etc is refused");
        }
        return environmentDump(name, args);
    }

    /** Why setting {@code assignment} ({@code NAME=value}) is refused, if it is. */
    static Optional<String> assignment(ShellWord assignment) {
        String name = assignment.text().replaceFirst("\\+?=.*", "");
        if (RUNNING_VARIABLES.contains(name)
                || name.startsWith("LD_")
                || name.startsWith("DYLD_")
                || name.startsWith("GIT_")) {
            return Optional.of("setting " + name + " changes which program runs or how; set it in the CI"
                    + " configuration instead");
        }
        return Optional.empty();
    }

    private static Optional<String> environmentDump(String name, List<ShellWord> args) {
        boolean bare = args.isEmpty();
        boolean print = args.stream().map(ShellWord::text).allMatch(a -> a.startsWith("-"))
                || args.stream().map(ShellWord::text).anyMatch(a -> a.matches("-[a-zA-Z]*p[a-zA-Z]*"));
        if (name.equals("printenv")
                || (name.equals("set") && bare)
                || ((name.equals("export") || name.equals("declare") || name.equals("typeset")) && (bare || print))
                || (name.equals("compgen") && args.stream().map(ShellWord::text).anyMatch(a -> a.matches("-[ve]")))) {
            return Optional.of(name + " prints the environment, which holds secrets");
        }
        if (name.equals("export") || name.equals("declare") || name.equals("typeset") || name.equals("readonly")) {
            for (ShellWord arg : args) {
                if (ShellWrappers.isAssignment(arg)) {
                    Optional<String> refusal = assignment(arg);
                    if (refusal.isPresent()) {
                        return refusal;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> recursiveDelete(List<ShellWord> args) {
        boolean recursive = false;
        boolean options = true;
        for (ShellWord arg : args) {
            String text = arg.text();
            if (options && text.equals("--no-preserve-root")) {
                return Optional.of("rm --no-preserve-root is refused");
            }
            if (options && text.equals("--")) {
                options = false;
            } else if (options && text.startsWith("-")) {
                recursive |= RECURSIVE.matcher(text).matches();
            }
        }
        if (!recursive) {
            return Optional.empty();
        }
        options = true;
        for (ShellWord arg : args) {
            String text = arg.text();
            if (options && text.equals("--")) {
                options = false;
                continue;
            }
            if (options && text.startsWith("-")) {
                continue;
            }
            if (sweeping(arg)) {
                return Optional.of("recursive rm of '" + text + "' is refused: it reaches the root, a home"
                        + " directory, the whole workspace or outside it");
            }
        }
        return Optional.empty();
    }

    private static boolean sweeping(ShellWord target) {
        String t = target.text();
        return t.startsWith("/")
                || t.startsWith("~")
                || t.startsWith("$HOME")
                || t.startsWith("${HOME")
                || t.startsWith("..")
                || t.matches("\\.?/?\\*?|\\./\\.?\\*?|\\.\\*")
                || (target.dynamic() && !target.variables().isEmpty() && t.startsWith("$"))
                || (target.glob() && t.contains("{"));
    }

    private static boolean setuid(String mode) {
        return SETUID_SYMBOLIC.matcher(mode).find()
                || SETUID_OCTAL.matcher(mode).matches();
    }

    private static boolean underEtc(String path) {
        return path.equals("/etc") || path.startsWith("/etc/") || path.contains("=/etc/");
    }
}
