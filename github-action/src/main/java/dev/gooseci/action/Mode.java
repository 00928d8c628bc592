package dev.gooseci.action;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run does, chosen in one place whichever way it was asked: by the {@code mode} input, or by a
 * {@code /goose review} or {@code /goose tests} comment on the pull request.
 */
enum Mode {
    REVIEW("review", "review"),
    GENERATE_TESTS("generate-tests", "tests");

    /** A command at the start of a comment: {@code /goose} and one word, then a blank or the end. */
    private static final Pattern COMMAND = Pattern.compile("^/goose\\s+(\\S+)(?:\\s|$)");

    private final String input;
    private final String command;

    Mode(String input, String command) {
        this.input = input;
        this.command = command;
    }

    /** The mode's value for the {@code mode} input. */
    String input() {
        return input;
    }

    /** The comment that asks for this mode, such as {@code /goose tests}. */
    String command() {
        return "/goose " + command;
    }

    /** The mode the {@code mode} input names; throws naming the input and what it accepts. */
    static Mode ofInput(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (Mode mode : values()) {
            if (mode.input.equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("input 'mode' must be review or generate-tests, was '" + value + "'");
    }

    /**
     * The mode a comment asks for when it starts with {@code /goose review} or {@code /goose tests}; empty for any
     * other text. Only the command is read: the rest of the comment is untrusted and goes nowhere.
     */
    static Optional<Mode> ofComment(String body) {
        Matcher matcher = COMMAND.matcher(body.stripLeading());
        if (!matcher.find()) {
            return Optional.empty();
        }
        for (Mode mode : values()) {
            if (mode.command.equals(matcher.group(1))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
