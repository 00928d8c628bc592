package dev.gooseci.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.scm.github.GitHubApiException;
import dev.gooseci.scm.github.GitHubConnection;
import dev.gooseci.scm.github.GitHubTriggers;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@code /goose review} or {@code /goose tests} comment on a pull request ({@code issue_comment}, action
 * {@code created}). The commenter must have write, maintain or admin permission, a bot must be in
 * {@code allowed-bots}. The payload names only the issue, so the pull request (head, base, fork) is read from
 * GitHub. The comment's text is untrusted: only its leading command is read, and no part of it is echoed to the log,
 * where it could smuggle in a workflow command.
 */
final class CommentTrigger {
    /** The reaction that tells the commenter their command was seen. */
    static final String SEEN = "eyes";

    private CommentTrigger() {}

    static Trigger read(
            EventFile file,
            ActionInputs inputs,
            Supplier<GitHubConnection> github,
            Path workspace,
            Consumer<String> log) {
        JsonNode payload = file.payload();
        String action = payload.path("action").asText("");
        JsonNode issue = payload.path("issue");
        int number = issue.path("number").asInt(0);
        if (!action.equals("created")) {
            return new Trigger.Skip(
                    "the comment was " + action + "; only a new comment (action created) runs a /goose command");
        }
        if (!issue.path("pull_request").isObject()) {
            return new Trigger.Skip("the comment is on issue #" + number + ", not on a pull request");
        }
        JsonNode comment = payload.path("comment");
        Optional<Mode> mode = Mode.ofComment(Json.text(comment, "body", ""));
        if (mode.isEmpty()) {
            return new Trigger.Skip("the comment does not start with /goose review or /goose tests");
        }
        JsonNode user = comment.path("user");
        String login = user.path("login").asText("");
        boolean bot = user.path("type").asText("").equals("Bot") || login.endsWith("[bot]");
        Optional<String> refused =
                Admission.refuseCommenter(login, bot, inputs, who -> new GitHubTriggers(github.get()).permission(who));
        if (refused.isPresent()) {
            return new Trigger.Skip(refused.get());
        }
        GitHubConnection connection = github.get();
        acknowledge(connection, comment.path("id").asLong(0), log);
        return Triggers.run(
                file.name(),
                connection,
                number,
                workspace,
                mode.get(),
                "the comment '" + mode.get().command() + "'");
    }

    /** Reacts to the comment; a token that may not react costs only the reaction. */
    private static void acknowledge(GitHubConnection github, long commentId, Consumer<String> log) {
        if (commentId <= 0) {
            return;
        }
        try {
            new GitHubTriggers(github).react(commentId, SEEN);
        } catch (GitHubApiException e) {
            log.accept("::warning title=goose-ci::"
                    + Annotations.data("could not react to the comment (give the"
                            + " workflow 'issues: write' or 'pull-requests: write'): " + e.getMessage()));
        }
    }
}
