package dev.gooseci.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one word for {@link ShellParser}: removes quotes, decodes {@code $'..'}, and records every expansion and the
 * parsed script of every substitution, so that the policy can check what the word would run or reveal.
 */
final class ShellWordReader {
    private static final Pattern PARAMETER = Pattern.compile("^([!#]?)([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])");
    private static final Pattern INNER_VARIABLE = Pattern.compile("\\$\\{?!?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ShellParser p;
    private final StringBuilder text = new StringBuilder();
    private final List<String> variables = new ArrayList<>();
    private final List<ShellScript> substitutions = new ArrayList<>();
    private boolean dynamic;
    private boolean glob;
    private boolean hidden;

    ShellWordReader(ShellParser parser) {
        this.p = parser;
    }

    ShellWord read() {
        int start = p.pos;
        while (!p.atEnd()) {
            char c = p.peek();
            if ((c == '<' || c == '>') && p.next(1) == '(') {
                processSubstitution();
                continue;
            }
            if (" \t\r\n;&|()<>".indexOf(c) >= 0) {
                break;
            }
            p.pos++;
            if (c == '\\') {
                char escaped = p.peek();
                p.pos++;
                if (escaped != '\n' && escaped != '\0') {
                    text.append(escaped);
                }
            } else if (c == '\'') {
                int end = p.src.indexOf('\'', p.pos);
                if (end < 0) {
                    throw new ShellSyntaxException("a single quote is not closed");
                }
                text.append(p.src, p.pos, end);
                p.pos = end + 1;
            } else if (c == '"') {
                doubleQuoted(false);
            } else if (c == '$') {
                dollar(false);
            } else if (c == '`') {
                backtick();
            } else {
                glob |= c == '*' || c == '?' || c == '[' || (c == '{' && braceList());
                text.append(c);
            }
        }
        if (p.pos == start) {
            throw new ShellSyntaxException("expected a word at offset " + start);
        }
        return build();
    }

    /** Reads a whole here-document body whose delimiter was not quoted: expansions apply, quotes are text. */
    ShellWord readHereDocument() {
        doubleQuoted(true);
        return build();
    }

    private ShellWord build() {
        return new ShellWord(text.toString(), dynamic, glob, hidden, variables, substitutions);
    }

    private void doubleQuoted(boolean hereDocument) {
        while (!p.atEnd()) {
            char c = p.src.charAt(p.pos++);
            if (c == '"' && !hereDocument) {
                return;
            }
            if (c == '\\' && !p.atEnd()) {
                char escaped = p.src.charAt(p.pos);
                if ("$`\\\n".indexOf(escaped) >= 0 || (escaped == '"' && !hereDocument)) {
                    p.pos++;
                    if (escaped != '\n') {
                        text.append(escaped);
                    }
                    continue;
                }
                text.append(c);
            } else if (c == '$') {
                dollar(true);
            } else if (c == '`') {
                backtick();
            } else {
                text.append(c);
            }
        }
        if (!hereDocument) {
            throw new ShellSyntaxException("a double quote is not closed");
        }
    }

    private void dollar(boolean quoted) {
        int start = p.pos - 1;
        char c = p.peek();
        if (c == '\'' && !quoted) {
            p.pos++;
            text.append(AnsiCQuote.decode(p, this::markHidden));
            return;
        }
        if (c == '"' && !quoted) {
            p.pos++;
            doubleQuoted(false);
            return;
        }
        if (c == '(' && p.next(1) == '(') {
            arithmetic(start);
        } else if (c == '(') {
            p.pos++;
            List<ShellCommand> commands = new ArrayList<>();
            p.nested(() -> p.list(commands, true, false));
            substitutions.add(new ShellScript(commands));
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
            text.append('$');
            return;
        }
        dynamic = true;
        text.append(p.src, start, p.pos);
    }

    private void arithmetic(int start) {
        int level = 0;
        int i = p.pos;
        for (; i < p.src.length(); i++) {
            char c = p.src.charAt(i);
            level += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (level == 0) {
                break;
            }
        }
        if (i >= p.src.length()) {
            throw new ShellSyntaxException("a $(( is not closed by ))");
        }
        String body = p.src.substring(p.pos + 2, i - 1);
        if (body.contains("$(") || body.contains("`")) {
            throw new ShellSyntaxException("command substitution inside $(( )) is not supported");
        }
        Matcher names = IDENTIFIER.matcher(body);
        while (names.find()) {
            variables.add(names.group());
        }
        p.pos = i + 1;
    }

    private void parameter() {
        int level = 0;
        int i = p.pos;
        for (; i < p.src.length(); i++) {
            char c = p.src.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            level += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (level == 0) {
                break;
            }
        }
        if (i >= p.src.length()) {
            throw new ShellSyntaxException("a ${ is not closed by }");
        }
        String body = p.src.substring(p.pos + 1, i);
        if (body.contains("$(") || body.contains("`")) {
            throw new ShellSyntaxException("command substitution inside ${ } is not supported");
        }
        Matcher name = PARAMETER.matcher(body);
        if (!name.find()) {
            throw new ShellSyntaxException("bad substitution ${" + body + "}");
        }
        variables.add(name.group(1).equals("!") ? "!" + name.group(2) : name.group(2));
        Matcher inner = INNER_VARIABLE.matcher(body.substring(name.end()));
        while (inner.find()) {
            variables.add(inner.group(1));
        }
        p.pos = i + 1;
    }

    private void backtick() {
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
        substitutions.add(new ShellParser(script.toString(), p.depth + 1).script());
        dynamic = true;
        text.append('`').append(script).append('`');
    }

    private void processSubstitution() {
        int start = p.pos;
        p.pos += 2;
        List<ShellCommand> commands = new ArrayList<>();
        p.nested(() -> p.list(commands, true, false));
        substitutions.add(new ShellScript(commands));
        dynamic = true;
        text.append(p.src, start, p.pos);
    }

    private boolean braceList() {
        for (int i = p.pos; i < p.src.length(); i++) {
            char c = p.src.charAt(i);
            if (c == '}') {
                String inside = p.src.substring(p.pos, i);
                return inside.contains(",") || inside.contains("..");
            }
            if (" \t\n;&|()<>".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private void markHidden() {
        hidden = true;
    }
}
