package dev.gooseci.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Headers;

/** Reads how long a vendor asked us to wait: {@code retry-after-ms}, then {@code Retry-After} in seconds or as a date. */
public final class RetryAfter {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private RetryAfter() {}

    public static Optional<Duration> from(Headers headers) {
        return from(headers, Instant.now());
    }

    static Optional<Duration> from(Headers headers, Instant now) {
        String millis = headers.get("retry-after-ms");
        if (millis != null) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) number(millis))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String value = headers.get("retry-after");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (number(value) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /**
     * A plain decimal number. {@link Double#parseDouble} alone would also take {@code NaN} (a wait of 0),
     * {@code Infinity} and suffixes such as {@code 30d}.
     */
    private static double number(String text) {
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new NumberFormatException(trimmed);
        }
        return Double.parseDouble(trimmed);
    }

    /** The header's wait, or {@code null} for the exception constructors that take an absent wait as null. */
    public static Duration orNull(Headers headers) {
        return from(headers).orElse(null);
    }
}
