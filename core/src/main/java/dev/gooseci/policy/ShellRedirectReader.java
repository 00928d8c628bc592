package dev.gooseci.policy;

/**
 * Reads one redirection for {@link ShellCommandReader}: an optional descriptor number, the operator and its target,
 * including the body of a here-document.
 *
 * <p>It exists because redirections are where a command reads or writes files outside its arguments, so the policy
 * needs their operators normalised ({@code >|} is {@code >}; here-documents are {@code <<} whatever their form) and
 * here-document bodies parsed like double-quoted text when their delimiter is not quoted, since they expand.
 */
final class ShellRedirectReader {
    private static final String[] OPERATORS = {"&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"};

    private final ShellParser p;

    ShellRedirectReader(ShellParser parser) {
        this.p = parser;
    }

    /** Whether a redirection starts at the cursor; {@code <(} and {@code >(} are process substitutions, not this. */
    boolean atRedirect() {
        int i = p.pos;
        while (i < p.src.length() && Character.isDigit(p.src.charAt(i))) {
            i++;
        }
        if (i >= p.src.length()) {
            return false;
        }
        char c = p.src.charAt(i);
        if (c == '&') {
            return i == p.pos && i + 1 < p.src.length() && p.src.charAt(i + 1) == '>';
        }
        boolean substitution = i == p.pos && i + 1 < p.src.length() && p.src.charAt(i + 1) == '(';
        return (c == '<' || c == '>') && !substitution;
    }

    /** Reads the redirection at the cursor; call only when {@link #atRedirect()}. */
    ShellRedirect read() {
        while (Character.isDigit(p.peek())) {
            p.pos++;
        }
        String operator = null;
        for (String candidate : OPERATORS) {
            if (p.src.startsWith(candidate, p.pos)) {
                operator = candidate;
                break;
            }
        }
        p.pos += operator.length();
        p.skipBlanks();
        if (p.atEnd() || "\n;|&)".indexOf(p.peek()) >= 0) {
            throw new ShellSyntaxException("redirection '" + operator + "' has no target");
        }
        if (operator.equals("<<") || operator.equals("<<-")) {
            return new ShellRedirect("<<", hereDocument(operator.equals("<<-")));
        }
        ShellWord target = new ShellWordReader(p).read();
        return new ShellRedirect(operator.equals(">|") ? ">" : operator, target);
    }

    private ShellWord hereDocument(boolean stripTabs) {
        int start = p.pos;
        ShellWord delimiter = new ShellWordReader(p).read();
        boolean quoted = p.src.substring(start, p.pos).matches(".*['\"\\\\].*");
        String body = p.hereDocumentBody(delimiter.text(), stripTabs);
        return quoted ? ShellWord.literal(body) : new ShellWordReader(p.child(body)).readHereDocument();
    }
}
