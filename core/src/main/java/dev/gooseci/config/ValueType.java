package dev.gooseci.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The kinds of setting values: how each is parsed from text and how its format is described in errors. */
enum ValueType {
    NAME("a name without spaces, such as ollama or gpt-4o") {
        @Override
        Object parse(String text) {
            String value = text.trim();
            require(!value.isEmpty() && value.chars().noneMatch(Character::isWhitespace));
            return value;
        }
    },
    URL("an http(s) URL such as http://localhost:11434 or https://host/v1") {
        @Override
        Object parse(String text) {
            try {
                URI uri = new URI(text.trim());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                require((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null);
                return text.trim();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    },
    SECRET("a non-empty key") {
        @Override
        Object parse(String text) {
            return Secret.of(text.trim());
        }
    },
    MODE("one of " + String.join(", ", Permissions.MODES)) {
        @Override
        Object parse(String text) {
            return oneOf(text, Permissions.MODES);
        }
    },
    RULE("one of " + String.join(", ", Permissions.RULES)) {
        @Override
        Object parse(String text) {
            return oneOf(text, Permissions.RULES);
        }
    },
    POSITIVE_INT("a whole number of at least 1") {
        @Override
        Object parse(String text) {
            int value = Integer.parseInt(digits(text));
            require(value >= 1);
            return value;
        }
    },
    COUNT("a whole number of at least 0") {
        @Override
        Object parse(String text) {
            int value = Integer.parseInt(digits(text));
            require(value >= 0);
            return value;
        }
    },
    POSITIVE_LONG("a whole number of at least 1, such as 2000000") {
        @Override
        Object parse(String text) {
            long value = Long.parseLong(digits(text));
            require(value >= 1);
            return value;
        }
    },
    USD("an amount in US dollars of at least 0, such as 2.50") {
        @Override
        Object parse(String text) {
            BigDecimal value = new BigDecimal(digits(text));
            require(value.signum() >= 0);
            return value;
        }
    },
    DURATION("a positive duration such as " + Durations.EXAMPLES) {
        @Override
        Object parse(String text) {
            Duration value = Durations.parse(text);
            require(!value.isNegative() && !value.isZero());
            return value;
        }
    };

    private final String format;

    ValueType(String format) {
        this.format = format;
    }

    /** What a valid value looks like, for error messages. */
    String format() {
        return format;
    }

    /** The typed value of {@code text}; throws {@link IllegalArgumentException} when it does not fit. */
    abstract Object parse(String text);

    static void require(boolean valid) {
        if (!valid) {
            throw new IllegalArgumentException("out of range");
        }
    }

    /** YAML allows {@code 2_000_000}; so do we, everywhere. */
    static String digits(String text) {
        return text.trim().replace("_", "");
    }

    static String oneOf(String text, List<String> allowed) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        require(allowed.contains(value));
        return value;
    }
}
