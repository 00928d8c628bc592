package dev.gooseci.action;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import dev.gooseci.report.QualityGate;
import dev.gooseci.testgen.LandingMode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action's inputs, read in one place from the {@code INPUT_*} variables the runner sets. GitHub upper-cases an
 * input's name and keeps its dashes ({@code api-key} arrives as {@code INPUT_API-KEY}); a blank value means the input
 * was not given. Every error names the input and says what it accepts.
 *
 * @param provider the provider, else {@code GOOSE_PROVIDER} or the configuration's
 * @param model the model, else {@code GOOSE_MODEL} or the provider's default
 * @param apiKey the provider's key, else the vendor's own variable from the environment
 * @param githubToken the token that publishes; only the host holds it
 * @param mode {@code review} or {@code generate-tests}; a comment's command chooses instead on issue_comment
 * @param gate the quality gate from {@code fail-on}
 * @param maxTurns the most turns per unit
 * @param maxCost the most the review may cost, in US dollars
 * @param config a configuration file in the workspace, read below the repository's own
 * @param post where the review goes
 * @param sarifFile where to copy the SARIF report, relative to the workspace
 * @param incremental review only the commits since the head the summary recorded
 * @param allowedUsers logins reviewed whatever their association; {@code *} for everyone
 * @param allowedBots bot logins reviewed; {@code *} for every bot
 * @param landing where {@code generate-tests} puts the kept tests: {@code follow-up} (the default: a second pull
 *     request against the pull request's branch, so nothing lands on the author's branch unasked), {@code push} or
 *     {@code off}
 */
record ActionInputs(
        Optional<String> provider,
        Optional<String> model,
        Optional<Secret> apiKey,
        Optional<Secret> githubToken,
        Mode mode,
        QualityGate gate,
        OptionalInt maxTurns,
        Optional<BigDecimal> maxCost,
        Optional<String> config,
        Post post,
        Optional<String> sarifFile,
        boolean incremental,
        Set<String> allowedUsers,
        Set<String> allowedBots,
        LandingMode landing) {

    /** Every input action.yml declares, by its name there. */
    static final List<String> NAMES = List.of(
            "provider",
            "model",
            "api-key",
            "github-token",
            "mode",
            "fail-on",
            "max-turns",
            "max-cost",
            "config",
            "post",
            "sarif-file",
            "incremental",
            "allowed-users",
            "allowed-bots",
            "landing");

    ActionInputs {
        requireNonNull(mode, "mode");
        requireNonNull(gate, "gate");
        requireNonNull(post, "post");
        requireNonNull(landing, "landing");
        allowedUsers = Set.copyOf(allowedUsers);
        allowedBots = Set.copyOf(allowedBots);
    }

    /** The variable the runner sets for input {@code name}. */
    static String variable(String name) {
        return "INPUT_" + name.toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    /** Reads the inputs from {@code env}; throws {@link IllegalArgumentException} naming the bad input. */
    static ActionInputs read(Map<String, String> env) {
        Reader in = new Reader(env);
        Mode mode = in.get("mode").map(Mode::ofInput).orElse(Mode.REVIEW);
        Optional<Secret> token = in.get("github-token")
                .or(() -> Optional.ofNullable(env.get("GITHUB_TOKEN")).filter(t -> !t.isBlank()))
                .map(Secret::of);
        return new ActionInputs(
                in.get("provider"),
                in.get("model"),
                in.get("api-key").map(Secret::of),
                token,
                mode,
                in.get("fail-on")
                        .map(v -> in.parse("fail-on", v, QualityGate::parse))
                        .orElse(QualityGate.NONE),
                in.get("max-turns")
                        .map(v -> OptionalInt.of(in.positive("max-turns", v)))
                        .orElse(OptionalInt.empty()),
                in.get("max-cost").map(v -> in.cost(v)),
                in.get("config"),
                in.get("post").map(Post::parse).orElse(Post.REVIEW),
                in.get("sarif-file"),
                in.get("incremental").map(v -> in.bool("incremental", v)).orElse(false),
                in.get("allowed-users").map(ActionInputs::list).orElse(Set.of()),
                in.get("allowed-bots").map(ActionInputs::list).orElse(Set.of()),
                in.get("landing")
                        .map(v -> LandingMode.parse(v, "input 'landing'"))
                        .orElse(LandingMode.FOLLOW_UP));
    }

    private static Set<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Reads one input at a time, and words its errors. */
    private static final class Reader {
        private final Map<String, String> env;

        Reader(Map<String, String> env) {
            this.env = env;
        }

        Optional<String> get(String name) {
            return Optional.ofNullable(env.get(variable(name)))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty());
        }

        <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("input '" + name + "': " + e.getMessage(), e);
            }
        }

        int positive(String name, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // worded below
            }
            throw new IllegalArgumentException(
                    "input '" + name + "' must be a whole number above 0, such as 20, was '" + value + "'");
        }

        BigDecimal cost(String value) {
            try {
                BigDecimal usd = new BigDecimal(value.replaceFirst("^\\$", ""));
                if (usd.signum() > 0) {
                    return usd;
                }
            } catch (NumberFormatException e) {
                // worded below
            }
            throw new IllegalArgumentException(
                    "input 'max-cost' must be a positive amount of US dollars, such as 0.50, was '" + value + "'");
        }

        boolean bool(String name, String value) {
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (value.equalsIgnoreCase("false")) {
                return false;
            }
            throw new IllegalArgumentException("input '" + name + "' must be true or false, was '" + value + "'");
        }
    }
}
