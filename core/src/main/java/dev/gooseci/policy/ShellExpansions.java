package dev.gooseci.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expansions inside one word for {@link ShellWordReader}: {@code $NAME}, {@code ${..}}, {@code $((..))},
 * {@code $(..)}, backticks and {@code <(..)} / {@code >(..)}. Each method consumes one expansion and returns the
 * text it stands for in the word (its source text, since its value is only known when the shell runs), and this
 * class accumulates what the word as a whole expands.
 *
 * <p>It exists because expansions are what make a word unknowable before it runs: the policy needs every variable
 * a word reads (to catch secrets) and the parsed script of every substitution (to check what it runs), and it must
 * refuse forms it cannot follow, such as a substitution inside {@code ${ }} or {@code $(( ))}.
 */
final class ShellExpansions {
    private static final Pattern PARAMETER = Pattern.compile("^([!#]?)([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])");
    private static final Pattern INNER_VARIABLE = Pattern.compile("\\$\\{?!?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ShellParser p;
    private final List<String> variables = new ArrayList<>();
    private final List<ShellScript> substitutions = new ArrayList<>();
    private boolean dynamic;

    ShellExpansions(ShellParser parser) {
        this.p = parser;
    }

    /** Whether any expansion was read. */
    boolean dynamic() {
        return dynamic;
    }

    /** Every variable read, in order, with {@code !} in front for indirect expansion. */
    List<String> variables() {
        return variables;
    }

    /** The parsed script of every substitution read, in order. */
    List<ShellScript> substitutions() {
        return substitutions;
    }

    /** Reads from just after a {@code $} that is not {@code $'} or {@code $"}; a lone {@code $} is literal. */
    String dollar() {
        int start = p.pos - 1;
        char c = p.peek();
        if (c == '(' && p.next(1) == '(') {
            arithmetic();
        } else if (c == '(') {
            p.pos++;
            substitutions.add(p.substitution());
        } else if (c == '{') {
            parameter();
        } else if (Character.isLetter(c) || c == '_') {
            int nameStart = p.pos;
            while (!p.atEnd() && (Character.isLetterOrDigit(p.peek()) || p.peek() == '_')) {
                p.pos++;
            }
            variables.add(p.src.substring(nameStart, p.pos));
        } else if (c != '\0' && (Character.isDigit(c) || "@*#?$!-".indexOf(c) >= 0)) {
            p.pos++;
        } else {
            return "$";
        }
        dynamic = true;
        return p.src.substring(start, p.pos);
    }

    /** Reads from just after an opening backtick through the closing one, and parses the script between. */
    String backtick() {
        StringBuilder script = new StringBuilder();
        while (true) {
            if (p.atEnd()) {
                throw new ShellSyntaxException("a backtick is not closed");
            }
            char c = p.src.charAt(p.pos++);
            if (c == '`') {
                break;
            }
            if (c == '\\' && "`\\$".indexOf(p.peek()) >= 0 && !p.atEnd()) {
                c = p.src.charAt(p.pos++);
            }
            script.append(c);
        }
        substitutions.add(p.child(script.toString()).script());
        dynamic = true;
        return "`" + script + "`";
    }

    /** Reads {@code <(..)} or {@code >(..)} from its '<' or '>'. */
    String processSubstitution() {
        int start = p.pos;
        p.pos += 2;
        substitutions.add(p.substitution());
        dynamic = true;
        return p.src.substring(start, p.pos);
    }

    private void arithmetic() {
        int close = matching('(', ')', false, "a $(( is not closed by ))");
        String body = p.src.substring(p.pos + 2, close - 1);
        refuseSubstitution(body, "$(( ))");
        Matcher names = IDENTIFIER.matcher(body);
        while (names.find()) {
            variables.add(names.group());
        }
        p.pos = close + 1;
    }

    private void parameter() {
        int close = matching('{', '}', true, "a ${ is not closed by }");
        String body = p.src.substring(p.pos + 1, close);
        refuseSubstitution(body, "${ }");
        Matcher name = PARAMETER.matcher(body);
        if (!name.find()) {
            throw new ShellSyntaxException("bad substitution ${" + body + "}");
        }
        variables.add(name.group(1).equals("!") ? "!" + name.group(2) : name.group(2));
        Matcher inner = INNER_VARIABLE.matcher(body.substring(name.end()));
        while (inner.find()) {
            variables.add(inner.group(1));
        }
        p.pos = close + 1;
    }

    /**
     * The index of the bracket that closes the one at the cursor. With {@code escapes} (parameter expansions) a
     * backslash hides the character after it; arithmetic has no escapes.
     */
    private int matching(char open, char close, boolean escapes, String unclosed) {
        int level = 0;
        for (int i = p.pos; i < p.src.length(); i++) {
            char c = p.src.charAt(i);
            if (escapes && c == '\\') {
                i++;
                continue;
            }
            level += c == open ? 1 : c == close ? -1 : 0;
            if (level == 0) {
                return i;
            }
        }
        throw new ShellSyntaxException(unclosed);
    }

    private static void refuseSubstitution(String body, String construct) {
        if (body.contains("$(") || body.contains("`")) {
            throw new ShellSyntaxException("command substitution inside " + construct + " is not supported");
        }
    }
}
