package dev.gooseci.policy;

import dev.gooseci.config.SecretNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One walk over a parsed command line. Dangers (known attacks) and refusals (not on the allowlist) are collected
 * separately, and a danger is reported first, so {@code curl x | sh} is refused as a download run by a shell rather
 * than as "curl is not allowed".
 */
final class CommandCheck {
    private static final Pattern PROC_ENVIRON = Pattern.compile("/proc/[^/\\s]*/environ");
    private static final List<String> HARMLESS_TARGETS = List.of("/dev/null", "/dev/stdout", "/dev/stderr");

    private final AllowedCommands allowed;
    private final PathSandbox sandbox;
    private ScriptFacts facts;
    private final List<String> dangers = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    CommandCheck(AllowedCommands allowed, PathSandbox sandbox, ScriptFacts facts) {
        this.allowed = allowed;
        this.sandbox = sandbox;
        this.facts = facts;
    }

    Decision verdict(ShellScript script) {
        script(script, 0);
        if (!dangers.isEmpty()) {
            return Decision.deny(dangers.get(0));
        }
        return refusals.isEmpty() ? Decision.allow() : Decision.deny(refusals.get(0));
    }

    private void script(ShellScript script, int depth) {
        for (ShellCommand command : script.commands()) {
            command(command, depth);
        }
    }

    private void command(ShellCommand command, int depth) {
        if (!command.structural() && !command.words().isEmpty()) {
            invocation(command, command.words(), depth, false);
        }
        command.assignments().forEach(w -> word(w, depth, false));
        for (int i = 0; i < command.words().size(); i++) {
            word(command.words().get(i), depth, i > 0 || command.structural());
        }
        for (ShellRedirect redirect : command.redirects()) {
            word(redirect.target(), depth, false);
            redirect(redirect);
        }
        command.assignments().forEach(a -> ShellPatterns.assignment(a).ifPresent(dangers::add));
    }

    private void word(ShellWord word, int depth, boolean argument) {
        for (String variable : word.variables()) {
            if (variable.startsWith("!")) {
                dangers.add("indirect expansion ${!" + variable.substring(1) + "} can read any variable");
            } else if (SecretNames.looksSecret(variable)) {
                dangers.add("expands $" + variable + ", which looks like a secret; commands may not read secrets");
            }
        }
        String text = word.text();
        if (word.hiddenEscapes()) {
            dangers.add("$'\\x..' escapes hide what the command does; write the text literally");
        }
        if (PROC_ENVIRON.matcher(text).find()) {
            dangers.add("reading /proc/*/environ exposes a process environment, which holds secrets");
        }
        if (text.contains("/dev/tcp/") || text.contains("/dev/udp/")) {
            dangers.add("/dev/tcp and /dev/udp open network connections (reverse shell)");
        }
        if (argument && !word.dynamic()) {
            ProtectedFiles.reason(text).ifPresent(r -> dangers.add("argument '" + text + "' is protected: " + r));
        }
        if (argument && text.startsWith("~")) {
            dangers.add("argument '" + text + "' points into a home directory, which holds credentials");
        }
        for (ShellScript substitution : word.substitutions()) {
            script(substitution, depth + 1);
        }
    }

    private void redirect(ShellRedirect redirect) {
        if (redirect.isHereText() || redirect.isDescriptor()) {
            return;
        }
        ShellWord target = redirect.target();
        String text = target.text();
        if (target.dynamic() || target.glob()) {
            refusals.add("redirection target " + text + " is only known at run time; write the file name literally");
        } else if (HARMLESS_TARGETS.contains(text) || text.matches("/dev/fd/[0-9]+")) {
            return;
        } else if (redirect.writes() && text.startsWith("/dev/")) {
            dangers.add("writing to the device " + text + " is refused");
        } else if (redirect.writes() && (text.equals("/etc") || text.startsWith("/etc/"))) {
            dangers.add("writing to /etc is refused");
        } else {
            Decision decision = sandbox.check(text, redirect.writes() ? Access.WRITE : Access.READ);
            if (decision instanceof Deny deny) {
                refusals.add("redirection " + redirect.operator() + " " + deny.reason());
            }
        }
    }

    private void invocation(ShellCommand command, List<ShellWord> words, int depth, boolean argumentsFromInput) {
        ShellWord program = words.get(0);
        if (program.dynamic() || program.glob()) {
            dangers.add("the program name " + program.text() + " is only known at run time; write it literally");
            return;
        }
        String name = program.basename();
        List<ShellWord> args = words.subList(1, words.size());
        Optional<String> danger = ShellPatterns.danger(name, args);
        if (danger.isPresent()) {
            dangers.add(danger.get());
            return;
        }
        Optional<ShellWrappers.Unwrapped> wrapped = ShellWrappers.unwrap(name, args);
        if (wrapped.isPresent()) {
            ShellWrappers.Unwrapped inner = wrapped.get();
            if (!inner.problem().isEmpty()) {
                dangers.add(inner.problem());
                return;
            }
            inner.assignments().forEach(a -> ShellPatterns.assignment(a).ifPresent(dangers::add));
            if (!inner.inner().isEmpty()) {
                invocation(command, inner.inner(), depth, argumentsFromInput || inner.argumentsFromInput());
            }
            return;
        }
        if (new ShellInvocations(this::nestedScript, dangers, refusals, facts)
                .handled(command, name, args, argumentsFromInput)) {
            return;
        }
        allowed.refusal(words).ifPresent(refusals::add);
        if (name.equals("find")) {
            findExec(command, args, depth);
        }
    }

    private void findExec(ShellCommand command, List<ShellWord> args, int depth) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).text().matches("-(exec|execdir|ok|okdir)")) {
                int end = i + 1;
                while (end < args.size() && !args.get(end).text().matches(";|\\+")) {
                    end++;
                }
                if (end > i + 1) {
                    invocation(command, args.subList(i + 1, end), depth, true);
                }
                i = end;
            }
        }
    }

    /** Parses and checks the literal script of {@code bash -c}, {@code eval} or a here-document fed to a shell. */
    private void nestedScript(String source, String what) {
        ScriptFacts outer = facts;
        try {
            ShellScript nested = new ShellParser(source, 1).script();
            facts = outer.or(ScriptFacts.of(nested));
            script(nested, 1);
        } catch (ShellSyntaxException e) {
            refusals.add("cannot check the script of " + what + ": " + e.getMessage());
        } finally {
            facts = outer;
        }
    }
}
