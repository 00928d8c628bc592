package dev.gooseci.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one simple command for {@link ShellParser}: leading assignments, then words and redirections, up to an
 * operator, a newline, a ')' or a comment.
 *
 * <p>It exists to keep the word-position rules apart from the list grammar: in command position, {@code NAME=value}
 * is an assignment, control keywords such as {@code if} and {@code do} are skipped so the commands inside them are
 * checked, the header of a {@code for} loop is marked structural (its words are data), and constructs the policy
 * cannot follow ({@code case}, functions, {@code coproc}) are refused with a {@link ShellSyntaxException}.
 */
final class ShellCommandReader {
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=");
    private static final Set<String> SKIPPED_KEYWORDS =
            Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}");
    private static final Set<String> LOOP_HEADERS = Set.of("for", "select");
    private static final Set<String> UNSUPPORTED = Set.of("case", "esac", "function", "coproc");

    private final ShellParser p;

    ShellCommandReader(ShellParser parser) {
        this.p = parser;
    }

    /** Reads from the cursor; the command is empty when the cursor already stands at its end. */
    ShellCommand read(boolean piped) {
        List<ShellWord> assignments = new ArrayList<>();
        List<ShellWord> words = new ArrayList<>();
        List<ShellRedirect> redirects = new ArrayList<>();
        ShellRedirectReader redirectReader = new ShellRedirectReader(p);
        boolean structural = false;
        while (true) {
            p.skipBlanks();
            if (p.atEnd()) {
                break;
            }
            char c = p.peek();
            if (c == '#') {
                p.skipComment();
                break;
            }
            if (c == '\n' || c == ';' || c == '|' || c == ')' || (c == '&' && p.next(1) != '>')) {
                break;
            }
            if (c == '(') {
                throw new ShellSyntaxException(
                        words.size() == 1
                                ? "defining shell functions is not supported; run the commands directly"
                                : "unexpected '(' at offset " + p.pos);
            }
            if (redirectReader.atRedirect()) {
                redirects.add(redirectReader.read());
                continue;
            }
            int start = p.pos;
            ShellWord word = new ShellWordReader(p).read();
            String raw = p.src.substring(start, p.pos);
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
}
