package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One shell word after quote removal.
 *
 * @param text the literal text; expansions and substitutions are kept as their source text ({@code $HOME})
 * @param dynamic whether part of the value is only known when the shell runs (an expansion or a substitution)
 * @param glob whether an unquoted {@code * ? [} or a brace list {@code {a,b}} may expand the word
 * @param hiddenEscapes whether an ANSI-C string {@code $'..'} builds characters from hex, octal or unicode escapes
 * @param variables every variable the word expands, with {@code !} in front for indirect expansion
 * @param substitutions the scripts of {@code $( )}, backticks and {@code <( )} / {@code >( )} inside the word
 */
record ShellWord(
        String text,
        boolean dynamic,
        boolean glob,
        boolean hiddenEscapes,
        List<String> variables,
        List<ShellScript> substitutions) {
    ShellWord {
        requireNonNull(text, "text");
        variables = List.copyOf(variables);
        substitutions = List.copyOf(substitutions);
    }

    static ShellWord literal(String text) {
        return new ShellWord(text, false, false, false, List.of(), List.of());
    }

    /** The last path segment: {@code rm} for {@code /bin/rm}. */
    String basename() {
        int slash = text.lastIndexOf('/');
        return slash < 0 ? text : text.substring(slash + 1);
    }
}
