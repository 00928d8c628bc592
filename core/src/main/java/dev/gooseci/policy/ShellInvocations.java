package dev.gooseci.policy;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Commands that run other code: shells ({@code bash -c 'script'}, here-documents, pipes into {@code sh}),
 * interpreters fed from a pipe, {@code eval} and {@code source}. A literal script is parsed and checked like the
 * outer command line; code only known at run time is refused, with the attack named when it is a download or
 * decoded text.
 */
final class ShellInvocations {
    private final BiConsumer<String, String> nested;
    private final List<String> dangers;
    private final List<String> refusals;
    private final ScriptFacts facts;

    ShellInvocations(
            BiConsumer<String, String> nested, List<String> dangers, List<String> refusals, ScriptFacts facts) {
        this.nested = nested;
        this.dangers = dangers;
        this.refusals = refusals;
        this.facts = facts;
    }

    /** Whether the command was fully judged here; if not, the allowlist decides. */
    boolean handled(ShellCommand command, String name, List<ShellWord> args, boolean argumentsFromInput) {
        if (ShellPatterns.SHELLS.contains(name)) {
            return shell(command, name, args, argumentsFromInput);
        }
        if (ShellPatterns.INTERPRETERS.contains(name)
                && command.pipedInput()
                && (facts.downloads() || facts.decodes())) {
            dangers.add(facts.unseenCode("piping into " + name));
            return true;
        }
        if (name.equals("eval")) {
            if (args.stream().anyMatch(ShellWord::dynamic)) {
                dangers.add(facts.unseenCode("eval"));
            } else if (!args.isEmpty()) {
                nested.accept(args.stream().map(ShellWord::text).collect(Collectors.joining(" ")), "eval");
            }
            return true;
        }
        if ((name.equals("source") || name.equals("."))
                && !args.isEmpty()
                && args.get(0).dynamic()) {
            dangers.add(facts.unseenCode(name));
            return true;
        }
        return false;
    }

    private boolean shell(ShellCommand command, String name, List<ShellWord> args, boolean argumentsFromInput) {
        boolean interactive = false;
        boolean script = false;
        boolean stdin = false;
        int i = 0;
        while (i < args.size() && args.get(i).text().matches("[-+].+")) {
            String option = args.get(i).text();
            i++;
            if (option.equals("--")) {
                break;
            }
            if (option.equals("--rcfile") || option.equals("--init-file")) {
                i++;
            } else if (!option.startsWith("--")) {
                interactive |= option.indexOf('i') > 0;
                script |= option.indexOf('c') > 0;
                stdin |= option.indexOf('s') > 0;
                i += option.indexOf('o') > 0 || option.indexOf('O') > 0 ? 1 : 0;
            }
        }
        List<ShellWord> operands = args.subList(Math.min(i, args.size()), args.size());
        if (interactive) {
            boolean redirected = command.redirects().stream()
                    .anyMatch(r -> r.operator().equals(">&") || r.operator().startsWith("&>"));
            dangers.add(
                    redirected
                            ? name + " -i with its output redirected is a reverse shell"
                            : name + " -i starts an interactive shell, which CI cannot drive");
            return true;
        }
        if (script) {
            if (operands.isEmpty()) {
                refusals.add(name + " -c needs a script");
            } else if (operands.get(0).dynamic()) {
                dangers.add(facts.unseenCode(name + " -c"));
            } else {
                nested.accept(operands.get(0).text(), name + " -c");
            }
            return true;
        }
        if (operands.isEmpty() || stdin) {
            return standardInput(command, name, argumentsFromInput);
        }
        if (operands.get(0).dynamic()) {
            dangers.add(facts.unseenCode(name + " " + operands.get(0).text()));
            return true;
        }
        return false;
    }

    private boolean standardInput(ShellCommand command, String name, boolean argumentsFromInput) {
        for (ShellRedirect redirect : command.redirects()) {
            if (redirect.isHereText()) {
                if (redirect.target().dynamic()) {
                    dangers.add(facts.unseenCode("the text given to " + name));
                } else {
                    nested.accept(redirect.target().text(), "the text given to " + name);
                }
                return true;
            }
        }
        if (command.pipedInput()) {
            dangers.add(facts.unseenCode("piping into " + name));
            return true;
        }
        if (argumentsFromInput) {
            dangers.add(name + " run by xargs or find takes its script from input, which cannot be checked");
            return true;
        }
        if (command.redirects().stream().anyMatch(r -> r.operator().equals("<"))) {
            return false;
        }
        refusals.add(name + " without -c reads its script from standard input; use " + name + " -c '...'");
        return true;
    }
}
