package dev.gooseci.policy;

/**
 * Reads one word for {@link ShellParser}: removes quotes, decodes {@code $'..'}, and records every expansion and the
 * parsed script of every substitution, so that the policy can check what the word would run or reveal.
 *
 * <p>This class assembles the word's text from its quoted and unquoted parts and notes globs and hidden escapes;
 * {@link ShellExpansions} reads what starts with {@code $}, a backtick, {@code <(} or {@code >(}.
 */
final class ShellWordReader {
    private final ShellParser p;
    private final ShellExpansions expansions;
    private final StringBuilder text = new StringBuilder();
    private boolean glob;
    private boolean hidden;

    ShellWordReader(ShellParser parser) {
        this.p = parser;
        this.expansions = new ShellExpansions(parser);
    }

    ShellWord read() {
        int start = p.pos;
        while (!p.atEnd()) {
            char c = p.peek();
            if ((c == '<' || c == '>') && p.next(1) == '(') {
                text.append(expansions.processSubstitution());
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
            } else if (c == '$' && p.peek() == '\'') {
                p.pos++;
                text.append(AnsiCQuote.decode(p, this::markHidden));
            } else if (c == '$' && p.peek() == '"') {
                p.pos++;
                doubleQuoted(false);
            } else if (c == '$') {
                text.append(expansions.dollar());
            } else if (c == '`') {
                text.append(expansions.backtick());
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
        return new ShellWord(
                text.toString(),
                expansions.dynamic(),
                glob,
                hidden,
                expansions.variables(),
                expansions.substitutions());
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
                text.append(expansions.dollar());
            } else if (c == '`') {
                text.append(expansions.backtick());
            } else {
                text.append(c);
            }
        }
        if (!hereDocument) {
            throw new ShellSyntaxException("a double quote is not closed");
        }
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
