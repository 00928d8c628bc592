package dev.gooseci.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The parsers of the single-value {@link ValueType}s, one per type. Each takes the text as written and returns the
 * typed value, or throws {@link IllegalArgumentException} when the text does not fit; the caller reports the setting
 * and the type's format, so the exception's own message is only a cause. Kept apart from the enum so that the table
 * of types stays readable as one line per type.
 */
final class SingleValues {
    private SingleValues() {}

    static String name(String text) {
        String value = text.trim();
        require(!value.isEmpty() && value.chars().noneMatch(Character::isWhitespace));
        return value;
    }

    static String url(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            require((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null);
            return text.trim();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static Secret secret(String text) {
        return Secret.of(text.trim());
    }

    static int positiveInt(String text) {
        int value = Integer.parseInt(digits(text));
        require(value >= 1);
        return value;
    }

    static int count(String text) {
        int value = Integer.parseInt(digits(text));
        require(value >= 0);
        return value;
    }

    static long positiveLong(String text) {
        long value = Long.parseLong(digits(text));
        require(value >= 1);
        return value;
    }

    static BigDecimal usd(String text) {
        BigDecimal value = new BigDecimal(digits(text));
        require(value.signum() >= 0);
        return value;
    }

    static Duration positiveDuration(String text) {
        Duration value = Durations.parse(text);
        require(!value.isNegative() && !value.isZero());
        return value;
    }

    static boolean bool(String text) {
        return Boolean.parseBoolean(oneOf(text, List.of("true", "false")));
    }

    static String text(String text) {
        require(!text.isBlank());
        return text;
    }

    /** MCP's transport names; {@code streamable-http} is accepted for {@code streamable_http}. */
    static String mcpType(String text) {
        return oneOf(text.replace('-', '_'), List.of("stdio", "streamable_http"));
    }

    /** The lower-case text when it is one of {@code allowed}. */
    static String oneOf(String text, List<String> allowed) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        require(allowed.contains(value));
        return value;
    }

    /** YAML allows {@code 2_000_000}; so do we, everywhere. */
    private static String digits(String text) {
        return text.trim().replace("_", "");
    }

    private static void require(boolean valid) {
        if (!valid) {
            throw new IllegalArgumentException("out of range");
        }
    }
}
