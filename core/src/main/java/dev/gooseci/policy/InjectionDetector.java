package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans untrusted text (PR title, body, diff, comments, tool output) for prompt injection: instruction overrides,
 * role changes, requests for the system prompt, chat-template markers, fake tool calls, requests to leak secrets or
 * to approve, hidden Unicode, and base64 blobs that decode to any of these. Phrases are also matched with hidden
 * characters removed, so {@code ig\u200bnore previous instructions} is caught. Findings are advice for the caller
 * (warn, fence harder, fail the run); the detector changes nothing. Thread-safe.
 */
public final class InjectionDetector {
    private static final Pattern BASE64_BLOB = Pattern.compile("[A-Za-z0-9+/_-]{24,}={0,2}");

    /** The findings in {@code text}, ordered by kind and then offset. */
    public List<InjectionFinding> scan(String text) {
        requireNonNull(text, "text");
        List<InjectionFinding> findings = new ArrayList<>(HiddenUnicode.scan(text));
        StringBuilder visible = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!HiddenUnicode.isHidden(text, i, cp)) {
                for (char c : Character.toChars(cp)) {
                    origin[visible.length()] = i;
                    visible.append(c);
                }
            }
            i += Character.charCount(cp);
        }
        String clean = visible.toString();
        for (Map.Entry<InjectionKind, Pattern> phrase : InjectionPatterns.PHRASES.entrySet()) {
            Matcher m = phrase.getValue().matcher(clean);
            while (m.find()) {
                findings.add(new InjectionFinding(phrase.getKey(), m.group(), origin[m.start()]));
            }
        }
        Matcher blob = BASE64_BLOB.matcher(clean);
        while (blob.find()) {
            String decoded = decode(blob.group());
            if (decoded != null && phrasesIn(decoded)) {
                findings.add(
                        new InjectionFinding(InjectionKind.ENCODED, "decodes to: " + decoded, origin[blob.start()]));
            }
        }
        return List.copyOf(findings);
    }

    /** Whether {@code text} has any finding. */
    public boolean isSuspicious(String text) {
        return !scan(text).isEmpty();
    }

    private static boolean phrasesIn(String text) {
        return InjectionPatterns.PHRASES.values().stream()
                .anyMatch(p -> p.matcher(text).find());
    }

    /** The blob decoded as mostly printable text, or null if it is not base64 of text. */
    private static String decode(String blob) {
        byte[] bytes;
        try {
            bytes = blob.indexOf('-') >= 0 || blob.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(blob)
                    : Base64.getDecoder().decode(blob);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        long printable = text.chars()
                .filter(c -> c >= 0x20 && c < 0x7f || c == '\n' || c == '\t')
                .count();
        return printable >= text.length() * 0.9 ? text : null;
    }
}
