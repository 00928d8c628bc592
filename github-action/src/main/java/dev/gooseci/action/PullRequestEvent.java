package dev.gooseci.action;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.scm.ChangeRequest;
import dev.gooseci.scm.github.PullRequestJson;
import java.util.Optional;
import java.util.Set;

/**
 * The pull request of a {@code pull_request} or {@code pull_request_target} event, from its payload. The title and
 * body stay untrusted text.
 *
 * @param event the event's name, {@code GITHUB_EVENT_NAME}
 * @param action the payload's {@code action}, such as {@code opened} or {@code synchronize}
 * @param request the pull request
 * @param association the author's {@code author_association}, such as {@code MEMBER} or {@code CONTRIBUTOR}
 * @param bot whether the author is a bot account
 * @param forked whether the head lives in another repository than the base
 * @param labels the names of the pull request's labels
 */
record PullRequestEvent(
        String event,
        String action,
        ChangeRequest request,
        String association,
        boolean bot,
        boolean forked,
        Set<String> labels) {

    PullRequestEvent {
        requireNonNull(event, "event");
        requireNonNull(action, "action");
        requireNonNull(request, "request");
        requireNonNull(association, "association");
        labels = Set.copyOf(labels);
    }

    /** The pull request of a {@code pull_request} or {@code pull_request_target} event's payload. */
    static PullRequestEvent of(EventFile file) {
        String name = file.name();
        String path = file.path();
        JsonNode payload = file.payload();
        JsonNode pr = payload.path("pull_request");
        if (!pr.isObject()) {
            throw new IllegalArgumentException("the " + name + " event at " + path + " has no pull_request object");
        }
        String baseRepo = pr.at("/base/repo/full_name").asText("");
        String headRepo = pr.at("/head/repo/full_name").asText("");
        boolean forked = headRepo.isEmpty() || !headRepo.equalsIgnoreCase(baseRepo);
        // pull_request_target runs with the base's secrets: treat its change as untrusted, like a fork's.
        boolean fork = name.equals("pull_request_target") || forked;
        JsonNode user = pr.path("user");
        ChangeRequest request = new ChangeRequest(
                pr.path("number").asInt(payload.path("number").asInt()),
                pr.path("title").asText(""),
                pr.path("body").asText(""),
                user.path("login").asText(""),
                required(pr, "/base/sha", path),
                Optional.empty(),
                required(pr, "/head/sha", path),
                pr.at("/base/ref").asText(""),
                pr.at("/head/ref").asText(""),
                fork,
                pr.path("html_url").asText(""));
        boolean bot = user.path("type").asText("").equals("Bot")
                || user.path("login").asText("").endsWith("[bot]");
        return new PullRequestEvent(
                name,
                payload.path("action").asText(""),
                request,
                pr.path("author_association").asText("NONE"),
                bot,
                forked,
                PullRequestJson.labels(pr));
    }

    private static String required(JsonNode pr, String pointer, String path) {
        String value = pr.at(pointer).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(
                    "the event at " + path + " has no pull_request" + pointer.replace('/', '.'));
        }
        return value;
    }
}
