package dev.gooseci.cli;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.CostMeter;
import dev.gooseci.config.Settings;
import dev.gooseci.config.SettingsLoader;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.policy.EnvFilter;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ConfiguredModel;
import dev.gooseci.provider.Json;
import dev.gooseci.testgen.BuildException;
import dev.gooseci.testgen.BuildTool;
import dev.gooseci.testgen.BuildTools;
import dev.gooseci.testgen.ChangedLines;
import dev.gooseci.testgen.FunnelJson;
import dev.gooseci.testgen.FunnelMarkdown;
import dev.gooseci.testgen.TestGenOptions;
import dev.gooseci.testgen.TestGenReport;
import dev.gooseci.testgen.TestGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code goose-ci generate-tests}: writes unit tests for the changed classes of a Maven project and keeps only those
 * that pass every gate; prints the funnel and writes {@code target/goose-ci/goose-tests.md} and {@code .json}.
 * With {@code --commit} the kept tests are committed under the bot identity; {@code --push} also pushes them, with
 * the token from {@code GOOSE_PUSH_TOKEN} when the remote needs one.
 */
@Command(
        name = "generate-tests",
        mixinStandardHelpOptions = true,
        description = "Write unit tests for changed code and keep only proven ones.")
final class GenerateTestsCommand implements java.util.concurrent.Callable<Integer> {
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    @Option(names = "--base", description = "Base revision of the change (default: merge base with the remote).")
    String base;

    @Option(names = "--targets", split = ",", description = "Classes to test instead of the changed ones.")
    List<String> targets = List.of();

    @Option(names = "--provider", description = "Provider name (see 'goose-ci providers').")
    String provider;

    @Option(names = "--model", description = "Model name; default GOOSE_MODEL or the provider's default.")
    String model;

    @Option(names = "--replay", paramLabel = "FILE", description = "Play a recorded transcript instead of a model.")
    Path replay;

    @Option(
            names = {"-w", "--workspace"},
            defaultValue = ".",
            description = "The Maven project (default: here).")
    Path workspace;

    @Option(names = "--commit", description = "Commit the kept tests under the goose-ci[bot] identity.")
    boolean commit;

    @Option(names = "--push", arity = "2", paramLabel = "REMOTE BRANCH", description = "Push the commit there.")
    List<String> push = List.of();

    GenerateTestsCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Path root = workspace.toAbsolutePath().normalize();
        Map<String, String> flags = new LinkedHashMap<>();
        if (provider != null) {
            flags.put("provider", provider);
        }
        if (model != null) {
            flags.put("model", model);
        }
        Settings settings = SettingsLoader.load(env, root, flags);
        try {
            BuildTool build = BuildTools.detect(root, new EnvFilter().filter(env), Duration.ofMinutes(15));
            ChangeSet change;
            try (GitChangeSource source = GitChangeSource.open(root)) {
                change = source.diff(base != null ? base : source.defaultBase(), "HEAD");
            }
            ConfiguredModel configured = ConfiguredModel.open(settings, env, Optional.ofNullable(replay));
            ChatProvider chat = configured.provider();
            String modelName = configured.model();
            CostMeter meter = configured::cost;
            TestGenOptions options = TestGenOptions.defaults()
                    .withAgent(
                            AgentConfig.defaults()
                                    .withMaxTurns(settings.limits().maxTurns())
                                    .withMaxTokens(settings.limits().maxTokens())
                                    .withTimeout(settings.limits().timeout()),
                            meter);
            TestGenReport report =
                    new TestGenerator(build, chat, modelName, options).generate(ChangedLines.of(change), targets);
            writeReports(root, report);
            print(report);
            if (commit || !push.isEmpty()) {
                new LandedTests(root, env).land(report, push, spec.commandLine().getOut());
            }
            return ExitCode.SUCCESS.code();
        } catch (BuildException | ChangeSourceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void print(TestGenReport report) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Funnel: " + report.funnel().line());
        out.println("Changed-line coverage: " + report.before().text() + " before, "
                + report.after().text() + " after");
        report.kept()
                .forEach(k -> out.println("kept " + k.id() + ": " + k.gain().describe()));
        report.rejections()
                .forEach(v -> out.println("rejected " + v.id() + " ("
                        + v.rejectedAt().orElseThrow().stage() + " gate): " + v.reason()));
        report.files().forEach(f -> out.println("wrote " + f));
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
