package dev.gooseci.report;

import java.nio.charset.StandardCharsets;

/**
 * A repository path as a relative URI reference: letters, digits, {@code - . _ ~} and slashes stay, everything else is
 * percent-encoded as UTF-8. Safe in SARIF {@code uri} fields and in Markdown link targets, where spaces and brackets
 * would end the link.
 */
final class UriPath {
    private UriPath() {}

    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
