package dev.gooseci.testgen;

import java.util.ArrayList;
import java.util.List;

/** Splits a surefire {@code argLine} into JVM arguments the way a shell would: on blanks, outside quotes. */
final class ArgLine {
    private ArgLine() {}

    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArg = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArg = true;
            } else if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArg = false;
                }
            } else {
                current.append(c);
                inArg = true;
            }
        }
        if (inArg) {
            args.add(current.toString());
        }
        return args;
    }
}
