package dev.gooseci.cli;

import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.testgen.BuildException;
import dev.gooseci.testgen.TestGenJob;
import dev.gooseci.testgen.TestGenRequest;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ModelOptions models = new ModelOptions();

    @Option(names = "--base", description = "Base revision of the change (default: merge base with the remote).")
    String base;

    @Option(names = "--targets", split = ",", description = "Classes to test instead of the changed ones.")
    List<String> targets = List.of();

    @Option(
            names = {"-w", "--workspace"},
            defaultValue = ".",
            description = "The Maven project (default: here).")
    Path workspace;

    @Option(names = "--commit", description = "Commit the kept tests under the goose-ci[bot] identity.")
    boolean commit;

    @Option(
            names = "--push",
            arity = "2",
            paramLabel = "REMOTE BRANCH",
            hideParamSyntax = true,
            description =
                    "Push the commit to BRANCH of REMOTE (a remote name or URL); the token, if one is needed, comes"
                            + " from GOOSE_PUSH_TOKEN.")
    List<String> push = List.of();

    @Option(
            names = "--max-cost",
            paramLabel = "USD",
            description = "The most the agent may spend on one target class; needs the model's prices.")
    BigDecimal maxCost;

    @Option(
            names = "--base-check",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Run the kept tests on the base commit too and label behaviour changes (default: on;"
                    + " --no-base-check saves one build).")
    boolean baseCheck = true;

    GenerateTestsCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Map<String, String> flags = new LinkedHashMap<>();
        models.addTo(flags);
        TestGenRequest request = new TestGenRequest(
                workspace,
                Optional.ofNullable(base),
                targets,
                models.replay(),
                Optional.ofNullable(maxCost),
                commit,
                push.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new TestGenRequest.PushTarget(push.get(0), push.get(1))),
                env,
                flags,
                baseCheck);
        PrintWriter out = spec.commandLine().getOut();
        try {
            TestGenJob.run(request, out::println);
            return ExitCode.SUCCESS.code();
        } catch (BuildException | ChangeSourceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
