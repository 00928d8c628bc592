package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

/**
 * One suspected prompt injection.
 *
 * @param kind what was found
 * @param excerpt the text found (for hidden characters, their code points and any hidden tag text), at most 120
 *     characters
 * @param offset the index in the scanned text where it starts
 */
public record InjectionFinding(InjectionKind kind, String excerpt, int offset) {
    public InjectionFinding {
        requireNonNull(kind, "kind");
        requireNonNull(excerpt, "excerpt");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        excerpt = excerpt.length() <= 120 ? excerpt : excerpt.substring(0, 119) + "…";
    }
}
