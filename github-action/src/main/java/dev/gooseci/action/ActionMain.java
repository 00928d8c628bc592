package dev.gooseci.action;

import dev.gooseci.config.Secret;
import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.provider.MissingKeyException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The action container's entry point. It reads the inputs, lets {@link Triggers} map the event to a pull request
 * and a mode (or a skip), then runs the review ({@link ActionRun}) or the test generation ({@link TestsRun}),
 * publishes it and writes the step's outputs. Exit codes: 0 when reviewed (or skipped) and the gate passed, or when
 * tests were generated (also when none was kept), 1 when the gate failed, 2 on an error, a run that should have
 * published or pushed and did not included. Every ending writes the {@code conclusion} output: {@code success}, {@code failure}, {@code skipped}
 * or {@code error}.
 */
public final class ActionMain {
    static final int SUCCESS = 0;
    static final int GATE_FAILED = 1;
    static final int ERROR = 2;

    private ActionMain() {}

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out));
    }

    /** Runs the action with the runner's {@code env}, printing the log and workflow commands to {@code out}. */
    static int run(Map<String, String> env, PrintStream out) {
        StepFiles files = new StepFiles(env);
        List<Secret> secrets = List.of();
        boolean fork = false;
        try {
            ActionInputs inputs = ActionInputs.read(env);
            secrets = inputs.githubToken().stream().toList();
            Trigger trigger = Triggers.read(env, inputs, once(() -> ActionRun.connect(env, inputs)), out::println);
            if (trigger instanceof Trigger.Skip) {
                return skip(files, out, ((Trigger.Skip) trigger).reason());
            }
            Trigger.Run run = (Trigger.Run) trigger;
            // only pull_request withholds secrets from a fork's run; the other events run with the base's
            fork = run.event().equals("pull_request") && run.request().fromFork();
            if (run.mode() == Mode.GENERATE_TESTS) {
                return new TestsRun(env, inputs, run, files, out).call();
            }
            return new ActionRun(env, inputs, run.request(), files, out).call();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (e instanceof MissingKeyException && fork) {
                message += ". This pull request comes from a fork, and GitHub gives no secrets to the workflows that"
                        + " fork pull requests trigger, so the key is empty. Either review forks from a"
                        + " 'pull_request_target' workflow (it has the secrets; goose-ci then reads its configuration"
                        + " from the base commit and runs nothing from the fork), use a provider that needs no key (such"
                        + " as ollama on a self-hosted runner), or leave forks out with 'allowed-users'";
            }
            if (e instanceof ChangeSourceException) {
                message += "; if a commit is missing, the checkout is shallow: check out with actions/checkout's"
                        + " 'fetch-depth: 0'";
            }
            for (Secret secret : secrets) {
                message = message.replace(secret.reveal(), "***");
            }
            out.println("::error title=goose-ci::" + Annotations.data(message));
            files.output("conclusion", "error");
            return ERROR;
        }
    }

    /** {@code supplier}, called at most once. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        List<T> made = new ArrayList<>(1);
        return () -> {
            if (made.isEmpty()) {
                made.add(supplier.get());
            }
            return made.get(0);
        };
    }

    private static int skip(StepFiles files, PrintStream out, String reason) {
        out.println("goose-ci: skipped: " + reason);
        files.output("findings", "0");
        files.output("highest-severity", "none");
        files.output("conclusion", "skipped");
        files.summary("goose-ci skipped this run: " + reason + ".\n");
        return SUCCESS;
    }
}
