package dev.gooseci.testgen;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.config.Settings;
import dev.gooseci.config.SettingsLoader;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.policy.EnvFilter;
import dev.gooseci.provider.ConfiguredModel;
import dev.gooseci.provider.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole test generation as the hosts run it: find the change, let the agent write tests for it, keep the proven
 * ones, print the funnel, write {@code target/goose-ci/goose-tests.md} and {@code .json}, and commit when asked.
 * Hosts stay thin: they fill a {@link TestGenRequest} and map its exceptions to their own failures.
 */
public final class TestGenJob {
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    private TestGenJob() {}

    /**
     * Runs {@code request}, writing the funnel, the verdicts and the files written to {@code lines}.
     *
     * @throws IllegalArgumentException for bad input, with what to change
     * @throws BuildException when the project is not a Maven project
     * @throws dev.gooseci.diff.ChangeSourceException when the repository or a revision cannot be read
     */
    public static TestGenReport run(TestGenRequest request, Consumer<String> lines) {
        Path root = request.workspace().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("workspace " + root + " is not a directory");
        }
        Settings settings = SettingsLoader.load(request.env(), root, request.flags());
        BuildTool build = BuildTools.detect(root, new EnvFilter().filter(request.env()), BUILD_TIMEOUT);
        ChangeSet change;
        try (GitChangeSource source = GitChangeSource.open(root)) {
            change = source.diff(request.base().orElseGet(source::defaultBase), "HEAD");
        }
        ConfiguredModel model = ConfiguredModel.open(settings, request.env(), request.replay());
        TestGenOptions options = TestGenOptions.defaults()
                .withAgent(agentConfig(request, settings, model), model::cost)
                .withBaseCheck(request.baseCheck());
        TestGenReport report =
                new TestGenerator(build, model.provider(), model.model(), options).generate(change, request.targets());
        writeReports(root, report);
        print(report, lines);
        if (request.commit() || request.push().isPresent()) {
            new LandedTests(root, request.env()).land(report, request.push(), lines);
        }
        return report;
    }

    private static AgentConfig agentConfig(TestGenRequest request, Settings settings, ConfiguredModel model) {
        AgentConfig config = AgentConfig.defaults()
                .withMaxTurns(settings.limits().maxTurns())
                .withMaxTokens(settings.limits().maxTokens())
                .withTimeout(settings.limits().timeout());
        Optional<BigDecimal> limit =
                request.maxCostUsd().or(() -> settings.limits().maxCostUsd());
        if (limit.isEmpty() || request.replay().isPresent()) {
            return config;
        }
        if (!model.priced()) {
            throw ConfiguredModel.unmeasurableLimit(model.provider().name(), model.model());
        }
        return config.withCostLimit(limit.get(), model::cost);
    }

    private static void print(TestGenReport report, Consumer<String> lines) {
        lines.accept("Funnel: " + report.funnel().line());
        lines.accept("Changed-line coverage: " + report.before().text() + " before, "
                + report.after().text() + " after");
        report.kept()
                .forEach(k -> lines.accept("kept " + k.id() + ": " + k.gain().describe()
                        + k.base().map(b -> "; " + b.describe()).orElse("")));
        report.rejections()
                .forEach(v -> lines.accept("rejected " + v.id() + " at gate "
                        + v.rejectedAt().orElseThrow().name().toLowerCase(Locale.ROOT) + ": " + v.reason()));
        report.files().forEach(f -> lines.accept("wrote " + f));
    }

    private static void writeReports(Path root, TestGenReport report) {
        Path dir = root.resolve("target/goose-ci");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("goose-tests.md"), FunnelMarkdown.render(report));
            Files.writeString(dir.resolve("goose-tests.json"), Json.write(FunnelJson.render(report)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
    }
}
