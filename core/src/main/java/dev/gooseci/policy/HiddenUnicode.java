package dev.gooseci.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters that change how text reads without showing: zero-width characters, bidi controls (U+202A-U+202E,
 * U+2066-U+2069) and Unicode tag characters (U+E0000-U+E007F), which can spell out a whole hidden ASCII sentence.
 * A zero-width joiner after an emoji is allowed: it builds emoji sequences.
 */
final class HiddenUnicode {
    private HiddenUnicode() {}

    static boolean isHidden(String text, int index, int cp) {
        if (cp == 0x200D) {
            int before = index > 0 ? text.codePointBefore(index) : 0;
            return !(Character.isSupplementaryCodePoint(before) || Character.getType(before) == Character.OTHER_SYMBOL);
        }
        return (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x2064)
                || (cp >= 0x2066 && cp <= 0x2069)
                || (cp == 0xFEFF && index > 0)
                || cp == 0x180E
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    /** One finding per run of hidden characters, naming them and decoding any tag characters. */
    static List<InjectionFinding> scan(String text) {
        List<InjectionFinding> findings = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isHidden(text, i, cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            StringBuilder names = new StringBuilder();
            StringBuilder tags = new StringBuilder();
            while (i < text.length() && isHidden(text, i, text.codePointAt(i))) {
                int hidden = text.codePointAt(i);
                if (hidden >= 0xE0020 && hidden <= 0xE007E) {
                    tags.append((char) (hidden - 0xE0000));
                } else if (names.length() < 60) {
                    names.append(String.format("U+%04X ", hidden));
                }
                i += Character.charCount(hidden);
            }
            String excerpt = names.toString().trim();
            if (tags.length() > 0) {
                excerpt = (excerpt.isEmpty() ? "" : excerpt + "; ") + "hidden tag text: " + tags;
            }
            findings.add(new InjectionFinding(InjectionKind.HIDDEN_UNICODE, excerpt, start));
        }
        return findings;
    }
}
