package dev.gooseci.policy;

/** Decodes bash's ANSI-C quoting {@code $'...'}, noting escapes that build characters (hex, octal, unicode, control). */
final class AnsiCQuote {
    private AnsiCQuote() {}

    /** Decodes from just after {@code $'} up to and including the closing quote. */
    static String decode(ShellParser p, Runnable onHiddenEscape) {
        StringBuilder out = new StringBuilder();
        while (!p.atEnd()) {
            char c = p.src.charAt(p.pos++);
            if (c == '\'') {
                return out.toString();
            }
            if (c != '\\' || p.atEnd()) {
                out.append(c);
                continue;
            }
            char e = p.src.charAt(p.pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\013');
                case 'e', 'E' -> out.append('\033');
                case '\\', '\'', '"', '?' -> out.append(e);
                case 'x' -> out.appendCodePoint(number(p, 16, 2, onHiddenEscape));
                case 'u' -> out.appendCodePoint(number(p, 16, 4, onHiddenEscape));
                case 'U' -> out.appendCodePoint(number(p, 16, 8, onHiddenEscape));
                case 'c' -> {
                    onHiddenEscape.run();
                    if (!p.atEnd()) {
                        out.append((char) (p.src.charAt(p.pos++) & 0x1f));
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        p.pos--;
                        out.appendCodePoint(number(p, 8, 3, onHiddenEscape));
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        throw new ShellSyntaxException("a $' quote is not closed");
    }

    private static int number(ShellParser p, int radix, int maxDigits, Runnable onHiddenEscape) {
        onHiddenEscape.run();
        int value = 0;
        int digits = 0;
        while (digits < maxDigits && !p.atEnd() && Character.digit(p.peek(), radix) >= 0) {
            value = value * radix + Character.digit(p.src.charAt(p.pos++), radix);
            digits++;
        }
        return Character.isValidCodePoint(value) ? value : '?';
    }
}
