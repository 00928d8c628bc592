package dev.gooseci.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of setting values: how each is parsed from text and how its format is described in errors. A list type
 * takes a YAML list of single values, or one text of comma-separated items (as variables and flags give it); each item
 * is checked by {@link #item}, whose message says what is wrong with it.
 */
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
    },
    BOOLEAN("true or false") {
        @Override
        Object parse(String text) {
            return Boolean.valueOf(oneOf(text, List.of("true", "false")));
        }
    },
    TEXT("a non-empty text") {
        @Override
        Object parse(String text) {
            require(!text.isBlank());
            return text;
        }
    },
    MCP_TYPE("stdio or streamable_http") {
        @Override
        Object parse(String text) {
            return oneOf(text.replace('-', '_'), List.of("stdio", "streamable_http"));
        }
    },
    COMMANDS("a list of programs, or of a program and one subcommand, such as [cat, grep, git diff]", true) {
        @Override
        String item(String text) {
            String[] words = text.trim().split("\\s+");
            if (text.isBlank() || words.length > 2) {
                throw new IllegalArgumentException("is not a program, or a program and one subcommand");
            }
            return String.join(" ", words);
        }
    },
    GLOBS("a list of workspace-relative globs such as [src/test/**, docs/*.md]", true) {
        @Override
        String item(String text) {
            String glob = text.trim();
            if (glob.isEmpty() || glob.startsWith("/") || glob.startsWith("~") || glob.contains("..")) {
                throw new IllegalArgumentException("is not relative to the workspace");
            }
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("is not a valid glob (" + e.getMessage() + ")", e);
            }
            return glob;
        }
    },
    VARIABLES("a list of environment variable names such as [NPM_CONFIG_REGISTRY, GOFLAGS]", true) {
        @Override
        String item(String text) {
            String name = text.trim();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("is not a variable name");
            }
            if (SecretNames.looksSecret(name)) {
                throw new IllegalArgumentException("looks like a secret, and secrets are never passed to tools, MCP"
                        + " servers or builds; remove it");
            }
            return name;
        }
    },
    NAMES("a list of names such as [echo, get-sum]", true) {
        @Override
        String item(String text) {
            return (String) NAME.parse(text);
        }
    },
    TEXTS("a list of texts such as [stdio, --verbose]", true) {
        @Override
        String item(String text) {
            return text;
        }
    };

    private final String format;
    private final boolean list;

    ValueType(String format) {
        this(format, false);
    }

    ValueType(String format, boolean list) {
        this.format = format;
        this.list = list;
    }

    /** What a valid value looks like, for error messages. */
    String format() {
        return format;
    }

    /** Whether values are lists of items; their Java value is a {@code List<String>}. */
    boolean isList() {
        return list;
    }

    /**
     * The typed value of {@code text}; throws {@link IllegalArgumentException} when it does not fit. A list type
     * splits the text at commas and checks each item.
     */
    Object parse(String text) {
        if (!list) {
            throw new AssertionError(this);
        }
        String trimmed = text.trim();
        return items(trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s*,\\s*", -1)));
    }

    /**
     * The checked item of a list type, trimmed; throws {@link IllegalArgumentException} whose message says what is
     * wrong with it, as a predicate (for example "is not a variable name").
     */
    String item(String text) {
        throw new AssertionError(this);
    }

    /** Every item checked, in order; the first bad one throws an {@link InvalidItem}. */
    List<String> items(List<String> items) {
        return items.stream()
                .map(text -> {
                    try {
                        return item(text);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidItem(text, e);
                    }
                })
                .toList();
    }

    /** One item of a list that does not fit, with what is wrong with it. */
    static final class InvalidItem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String item;

        InvalidItem(String item, IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
            this.item = item;
        }

        String item() {
            return item;
        }
    }

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
