package dev.gooseci.config;

import java.util.List;
import java.util.function.Function;

/**
 * The kinds of setting values: how each is parsed from text and how its format is described in errors. A single
 * value is parsed by one of {@link SingleValues}; a list type takes a YAML list of single values, or one text of
 * comma-separated items, and checks each item by its {@link ListOf} rule.
 */
enum ValueType {
    NAME("a name without spaces, such as ollama or gpt-4o", SingleValues::name),
    URL("an http(s) URL such as http://localhost:11434 or https://host/v1", SingleValues::url),
    SECRET("a non-empty key", SingleValues::secret),
    MODE("one of " + String.join(", ", Permissions.MODES), text -> SingleValues.oneOf(text, Permissions.MODES)),
    RULE("one of " + String.join(", ", Permissions.RULES), text -> SingleValues.oneOf(text, Permissions.RULES)),
    POSITIVE_INT("a whole number of at least 1", SingleValues::positiveInt),
    COUNT("a whole number of at least 0", SingleValues::count),
    POSITIVE_LONG("a whole number of at least 1, such as 2000000", SingleValues::positiveLong),
    USD("an amount in US dollars of at least 0, such as 2.50", SingleValues::usd),
    DURATION("a positive duration such as " + Durations.EXAMPLES, SingleValues::positiveDuration),
    BOOLEAN("true or false", SingleValues::bool),
    TEXT("a non-empty text", SingleValues::text),
    MCP_TYPE("stdio or streamable_http", SingleValues::mcpType),
    COMMANDS(
            "a list of programs, or of a program and one subcommand, such as [cat, grep, git diff]",
            new ListOf(ListOf::command)),
    GLOBS("a list of workspace-relative globs such as [src/test/**, docs/*.md]", new ListOf(ListOf::glob)),
    VARIABLES(
            "a list of environment variable names such as [NPM_CONFIG_REGISTRY, GOFLAGS]",
            new ListOf(ListOf::variable)),
    NAMES("a list of names such as [echo, get-sum]", new ListOf(SingleValues::name)),
    TEXTS("a list of texts such as [stdio, --verbose]", new ListOf(text -> text));

    private final String format;
    private final Function<String, Object> parser;
    /** The item rule of a list type; {@code null} for a single value. */
    private final ListOf list;

    ValueType(String format, Function<String, Object> parser) {
        this.format = format;
        this.parser = parser;
        this.list = null;
    }

    ValueType(String format, ListOf list) {
        this.format = format;
        this.parser = list::parse;
        this.list = list;
    }

    /** What a valid value looks like, for error messages. */
    String format() {
        return format;
    }

    /** Whether values are lists of items; their Java value is a {@code List<String>}. */
    boolean isList() {
        return list != null;
    }

    /**
     * The typed value of {@code text}; throws {@link IllegalArgumentException} when it does not fit. A list type
     * splits the text at commas and checks each item.
     */
    Object parse(String text) {
        return parser.apply(text);
    }

    /** Every item of a list type checked, in order; the first bad one throws an {@link InvalidItem}. */
    List<String> items(List<String> items) {
        if (list == null) {
            throw new AssertionError(this);
        }
        return list.items(items);
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
}
