package dev.gooseci.policy;

/**
 * The character level of {@link ShellParser}: a cursor over the source with look-ahead, and the rules for what lies
 * between words (blanks, escaped newlines, comments, newlines) and for the lines of here-documents.
 *
 * <p>It exists so that the grammar classes ({@link ShellParser}, {@link ShellCommandReader}, {@link
 * ShellRedirectReader}, {@link ShellWordReader}) read as grammar, and so that the one piece of state that crosses
 * them, where reading resumes after a line whose here-documents were consumed, lives in one place. All readers of one
 * source share one scanner and move its {@link #pos} directly.
 */
abstract class ShellScanner {
    final String src;
    int pos;
    private int heredocResume = -1;

    ShellScanner(String src) {
        this.src = src;
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

    /** Skips spaces, tabs, carriage returns and backslash-newline line continuations. */
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

    /** Skips a {@code #} comment up to, not including, the end of its line. */
    void skipComment() {
        while (!atEnd() && peek() != '\n') {
            pos++;
        }
    }

    /** Skips blanks, comments and newlines between commands. */
    void skipBlanksAndNewlines() {
        skipBlanks();
        while (!atEnd() && (peek() == '\n' || peek() == '#')) {
            if (peek() == '#') {
                skipComment();
            } else {
                newline();
            }
            skipBlanks();
        }
    }

    /** Consumes a newline; if here-documents were read on its line, reading resumes after their bodies. */
    void newline() {
        pos++;
        if (heredocResume >= 0) {
            pos = heredocResume;
            heredocResume = -1;
        }
    }

    /**
     * Reads the body of a here-document: the lines after the current line (or after the previous here-document of
     * this line) up to a line equal to {@code delimiter}, and remembers where the next line starts.
     */
    String hereDocumentBody(String delimiter, boolean stripTabs) {
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
}
