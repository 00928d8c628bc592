package dev.gooseci.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a shell command line with POSIX rules (plus the bash forms agents write): quotes and escapes, {@code ;}
 * {@code &&} {@code ||} {@code |} {@code |&} {@code &} and newlines, subshells and brace groups, redirections with
 * descriptor numbers, here-strings and here-documents, and {@code $( )}, backticks and {@code <( )} / {@code >( )}
 * whose scripts are parsed too. Constructs it cannot check ({@code case}, functions, {@code (( ))}) are refused
 * with a {@link ShellSyntaxException} rather than guessed at.
 *
 * <p>This class holds the list level of the grammar (operators, subshells, nesting depth); simple commands are read
 * by {@link ShellCommandReader}, redirections by {@link ShellRedirectReader} and words by {@link ShellWordReader}, all
 * over this parser's {@link ShellScanner} position.
 */
final class ShellParser extends ShellScanner {
    static final int MAX_DEPTH = 6;

    private int depth;

    ShellParser(String src, int depth) {
        super(src);
        this.depth = depth;
        checkDepth(depth);
    }

    static ShellScript parse(String src) {
        return new ShellParser(src, 0).script();
    }

    ShellScript script() {
        List<ShellCommand> commands = new ArrayList<>();
        list(commands, false, false);
        return new ShellScript(commands);
    }

    /** A parser for a script nested in this one (backticks, here-documents), one level deeper. */
    ShellParser child(String nestedSrc) {
        return new ShellParser(nestedSrc, depth + 1);
    }

    /** Parses the script of {@code $( )}, {@code <( )} or {@code >( )} from just after its '(' through its ')'. */
    ShellScript substitution() {
        List<ShellCommand> commands = new ArrayList<>();
        nested(() -> list(commands, true, false));
        return new ShellScript(commands);
    }

    /** Parses commands into {@code out} until the end, or until an unmatched ')' (consumed) when {@code closing}. */
    void list(List<ShellCommand> out, boolean closing, boolean pipedIn) {
        boolean piped = pipedIn;
        boolean needCommand = false;
        while (true) {
            skipBlanksAndNewlines();
            if (atEnd() || peek() == ')') {
                if (needCommand) {
                    throw new ShellSyntaxException("an operator at the end has no command after it");
                }
                if (atEnd() && closing) {
                    throw new ShellSyntaxException("a '(' is not closed by ')'");
                }
                if (!atEnd() && !closing) {
                    throw new ShellSyntaxException("unexpected ')' at offset " + pos);
                }
                if (closing) {
                    pos++;
                }
                return;
            }
            if (peek() == '(') {
                group(out, piped);
            } else {
                int start = pos;
                ShellCommand command = new ShellCommandReader(this).read(piped);
                if (command.isEmpty() && pos == start && "|&;".indexOf(peek()) >= 0) {
                    throw new ShellSyntaxException("no command before '" + peek() + "' at offset " + pos);
                }
                if (!command.isEmpty()) {
                    out.add(command);
                }
            }
            needCommand = false;
            skipBlanks();
            if (atEnd() || peek() == ')') {
                continue;
            }
            char c = peek();
            if (c == '|') {
                boolean or = next(1) == '|';
                pos += or || next(1) == '&' ? 2 : 1;
                piped = !or || pipedIn;
                needCommand = true;
            } else if (c == '&') {
                needCommand = next(1) == '&';
                pos += needCommand ? 2 : 1;
                piped = pipedIn;
            } else if (c == ';') {
                if (next(1) == ';') {
                    throw new ShellSyntaxException("';;' belongs to case statements, which are not supported");
                }
                pos++;
                piped = pipedIn;
            } else if (c == '\n') {
                newline();
                piped = pipedIn;
            } else {
                throw new ShellSyntaxException("unexpected '" + c + "' at offset " + pos);
            }
        }
    }

    private void group(List<ShellCommand> out, boolean piped) {
        if (next(1) == '(') {
            throw new ShellSyntaxException("arithmetic commands (( )) are not supported");
        }
        pos++;
        nested(() -> list(out, true, piped));
        ShellCommand after = new ShellCommandReader(this).read(piped);
        if (!after.words().isEmpty() || !after.assignments().isEmpty()) {
            throw new ShellSyntaxException("unexpected word after ')' at offset " + pos);
        }
        if (!after.isEmpty()) {
            out.add(after);
        }
    }

    private void nested(Runnable body) {
        checkDepth(++depth);
        try {
            body.run();
        } finally {
            depth--;
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new ShellSyntaxException("commands are nested more than " + MAX_DEPTH + " levels deep");
        }
    }
}
