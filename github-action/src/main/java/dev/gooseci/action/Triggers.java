package dev.gooseci.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.github.GitHubChangeSource;
import dev.gooseci.scm.github.GitHubConnection;
import dev.gooseci.scm.github.GitHubPullRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one place that maps the event that started the workflow to a run: which pull request, which mode, and whether
 * whoever asked may ask. {@code pull_request} and {@code pull_request_target} review the payload's pull request and
 * admit its author; {@code issue_comment} runs a {@code /goose} command from someone with write access (see
 * {@link CommentTrigger}); {@code workflow_dispatch} reviews the pull request its {@code pr} input names, as only
 * people with write access can dispatch a workflow. Any other event is skipped with a one-line reason.
 */
final class Triggers {
    /** The names a {@code workflow_dispatch} input for the pull request number may have. */
    static final List<String> DISPATCH_INPUTS = List.of("pr", "pull-request");

    private Triggers() {}

    /**
     * Reads the event {@code env} describes.
     *
     * @param github connects to GitHub, called only for events that need the API
     * @param log where to say what happened on the way
     */
    static Trigger read(
            Map<String, String> env, ActionInputs inputs, Supplier<GitHubConnection> github, Consumer<String> log) {
        String name = env.getOrDefault("GITHUB_EVENT_NAME", "");
        Path workspace = Path.of(env.getOrDefault("GITHUB_WORKSPACE", ".")).toAbsolutePath();
        String asked = "input 'mode: " + inputs.mode().input() + "'";
        switch (name) {
            case "pull_request":
            case "pull_request_target":
                PullRequestEvent event = PullRequestEvent.of(EventFile.read(env, name));
                Optional<String> refused = Admission.refuse(event, inputs);
                return refused.isPresent()
                        ? new Trigger.Skip(refused.get())
                        : new Trigger.Run(name, event.request(), inputs.mode(), asked, event.forked(), event.labels());
            case "issue_comment":
                return CommentTrigger.read(EventFile.read(env, name), inputs, github, workspace, log);
            case "workflow_dispatch":
                int number = dispatched(EventFile.read(env, name));
                return run(name, github.get(), number, workspace, inputs.mode(), asked);
            default:
                return new Trigger.Skip("event '" + name + "' is not reviewed; run the action on pull_request,"
                        + " pull_request_target, issue_comment or workflow_dispatch");
        }
    }

    /**
     * A run of {@code mode} on pull request {@code number}, read from GitHub. Its code counts as untrusted, as on
     * {@code pull_request_target}: the workflow holds the base repository's secrets, so configuration and hints come
     * from the base commit.
     */
    static Trigger.Run run(String event, GitHubConnection github, int number, Path workspace, Mode mode, String asked) {
        GitHubPullRequest read = new GitHubChangeSource(github, number, workspace).readPullRequest();
        ChangeRequest pr = read.request();
        ChangeRequest untrusted = new ChangeRequest(
                pr.number(),
                pr.title(),
                pr.body(),
                pr.author(),
                pr.baseSha(),
                pr.startSha(),
                pr.headSha(),
                pr.baseRef(),
                pr.headRef(),
                true,
                pr.url());
        return new Trigger.Run(event, untrusted, mode, asked, pr.fromFork(), read.labels());
    }

    /** The pull request number from the dispatch's {@code pr} (or {@code pull-request}) input. */
    private static int dispatched(EventFile file) {
        JsonNode given = file.payload().path("inputs");
        for (String input : DISPATCH_INPUTS) {
            JsonNode value = given.path(input);
            if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
                continue;
            }
            String text = value.asText().strip().replaceFirst("^#", "");
            if (text.matches("[0-9]{1,9}") && Integer.parseInt(text) > 0) {
                return Integer.parseInt(text);
            }
            throw new IllegalArgumentException("the workflow_dispatch input '" + input
                    + "' must be a pull request number, such as 7, was '" + value.asText() + "'");
        }
        throw new IllegalArgumentException("the workflow_dispatch event at " + file.path() + " has no input 'pr' (or"
                + " 'pull-request'): declare 'on: workflow_dispatch: inputs: pr:' in the workflow and give the number"
                + " of the pull request to review");
    }
}
