package dev.gooseci.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a shell command line with POSIX rules (plus the bash forms agents write): quotes and escapes, {@code ;}
 * {@code &&} {@code ||} {@code |} {@code |&} {@code &} and newlines, subshells and brace groups, redirections with
 * descriptor numbers, here-strings and here-documents, and {@code $( )}, backticks and {@code <( )} / {@code >( )}
 * whose scripts are parsed too. Constructs it cannot check ({@code case}, functions, {@code (( ))}) are refused
 * with a {@link ShellSyntaxException} rather than guessed at.
 */
final class ShellParser {
    static final int MAX_DEPTH = 6;
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=");
    private static final Set<String> SKIPPED_KEYWORDS =
            Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}");
    private static final Set<String> LOOP_HEADERS = Set.of("for", "select");
    private static final Set<String> UNSUPPORTED = Set.of("case", "esac", "function", "coproc");
    private static final String[] REDIRECT_OPERATORS = {
        "&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"
    };

    final String src;
    int pos;
    int depth;
    private int heredocResume = -1;

    ShellParser(String src, int depth) {
        this.src = src;
        this.depth = depth;
        if (depth > MAX_DEPTH) {
            throw new ShellSyntaxException("commands are nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    static ShellScript parse(String src) {
        return new ShellParser(src, 0).script();
    }

    ShellScript script() {
        List<ShellCommand> commands = new ArrayList<>();
        list(commands, false, false);
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
                ShellCommand command = command(piped);
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
        ShellCommand after = command(piped);
        if (!after.words().isEmpty() || !after.assignments().isEmpty()) {
            throw new ShellSyntaxException("unexpected word after ')' at offset " + pos);
        }
        if (!after.isEmpty()) {
            out.add(after);
        }
    }

    void nested(Runnable body) {
        if (++depth > MAX_DEPTH) {
            throw new ShellSyntaxException("commands are nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            body.run();
        } finally {
            depth--;
        }
    }

    private ShellCommand command(boolean piped) {
        List<ShellWord> assignments = new ArrayList<>();
        List<ShellWord> words = new ArrayList<>();
        List<ShellRedirect> redirects = new ArrayList<>();
        boolean structural = false;
        while (true) {
            skipBlanks();
            if (atEnd()) {
                break;
            }
            char c = peek();
            if (c == '#') {
                while (!atEnd() && peek() != '\n') {
                    pos++;
                }
                break;
            }
            if (c == '\n' || c == ';' || c == '|' || c == ')' || (c == '&' && next(1) != '>')) {
                break;
            }
            if (c == '(') {
                throw new ShellSyntaxException(
                        words.size() == 1
                                ? "defining shell functions is not supported; run the commands directly"
                                : "unexpected '(' at offset " + pos);
            }
            if (redirectStart()) {
                redirects.add(redirect());
                continue;
            }
            int start = pos;
            ShellWord word = new ShellWordReader(this).read();
            String raw = src.substring(start, pos);
            if (words.isEmpty() && !structural) {
                if (ASSIGNMENT.matcher(raw).lookingAt()) {
                    assignments.add(word);
                    continue;
                }
                if (SKIPPED_KEYWORDS.contains(raw)) {
                    continue;
                }
                if (UNSUPPORTED.contains(raw)) {
                    throw new ShellSyntaxException("'" + raw + "' is not supported; use simple commands");
                }
                structural = LOOP_HEADERS.contains(raw);
            }
            words.add(word);
        }
        return new ShellCommand(assignments, words, redirects, structural, piped);
    }

    private boolean redirectStart() {
        int p = pos;
        while (p < src.length() && Character.isDigit(src.charAt(p))) {
            p++;
        }
        if (p >= src.length()) {
            return false;
        }
        char c = src.charAt(p);
        if (c == '&') {
            return p == pos && p + 1 < src.length() && src.charAt(p + 1) == '>';
        }
        boolean substitution = p == pos && p + 1 < src.length() && src.charAt(p + 1) == '(';
        return (c == '<' || c == '>') && !substitution;
    }

    private ShellRedirect redirect() {
        while (Character.isDigit(peek())) {
            pos++;
        }
        String operator = null;
        for (String candidate : REDIRECT_OPERATORS) {
            if (src.startsWith(candidate, pos)) {
                operator = candidate;
                break;
            }
        }
        pos += operator.length();
        skipBlanks();
        if (atEnd() || "\n;|&)".indexOf(peek()) >= 0) {
            throw new ShellSyntaxException("redirection '" + operator + "' has no target");
        }
        if (operator.equals("<<") || operator.equals("<<-")) {
            int start = pos;
            ShellWord delimiter = new ShellWordReader(this).read();
            boolean quoted = src.substring(start, pos).matches(".*['\"\\\\].*");
            String body = heredocBody(delimiter.text(), operator.equals("<<-"));
            ShellWord target = quoted
                    ? ShellWord.literal(body)
                    : new ShellWordReader(new ShellParser(body, depth + 1)).readHereDocument();
            return new ShellRedirect("<<", target);
        }
        ShellWord target = new ShellWordReader(this).read();
        return new ShellRedirect(operator.equals(">|") ? ">" : operator, target);
    }

    private String heredocBody(String delimiter, boolean stripTabs) {
        int lineEnd = src.indexOf('\n', pos);
        int p = heredocResume >= 0 ? heredocResume : lineEnd + 1;
        if (lineEnd < 0) {
            throw new ShellSyntaxException("here-document <<" + delimiter + " has no body");
        }
        StringBuilder body = new StringBuilder();
        while (p <= src.length()) {
            int eol = src.indexOf('\n', p);
            String line = eol < 0 ? src.substring(p) : src.substring(p, eol);
            String compared = stripTabs ? line.replaceFirst("^\t+", "") : line;
            if (compared.equals(delimiter)) {
                heredocResume = eol < 0 ? src.length() : eol + 1;
                return body.toString();
            }
            body.append(compared).append('\n');
            if (eol < 0) {
                break;
            }
            p = eol + 1;
        }
        throw new ShellSyntaxException("here-document <<" + delimiter + " is not closed by a line '" + delimiter + "'");
    }

    private void newline() {
        pos++;
        if (heredocResume >= 0) {
            pos = heredocResume;
            heredocResume = -1;
        }
    }

    void skipBlanks() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && next(1) == '\n') {
                pos += 2;
            } else {
                return;
            }
        }
    }

    private void skipBlanksAndNewlines() {
        skipBlanks();
        while (!atEnd() && (peek() == '\n' || peek() == '#')) {
            if (peek() == '#') {
                while (!atEnd() && peek() != '\n') {
                    pos++;
                }
            } else {
                newline();
            }
            skipBlanks();
        }
    }

    boolean atEnd() {
        return pos >= src.length();
    }

    char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    char next(int ahead) {
        int p = pos + ahead;
        return p < src.length() ? src.charAt(p) : '\0';
    }
}
