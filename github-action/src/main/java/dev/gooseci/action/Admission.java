package dev.gooseci.action;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who gets reviewed. A bot is reviewed only when {@code allowed-bots} names it (or is {@code *}). A person is
 * reviewed when their association with the repository is owner, member or collaborator, or when
 * {@code allowed-users} names them (or is {@code *}). Everyone else is skipped: a review spends the repository's
 * model budget.
 */
final class Admission {
    private static final Set<String> TRUSTED = Set.of("OWNER", "MEMBER", "COLLABORATOR");

    private Admission() {}

    /** Empty to review, else the one-line reason to skip. */
    static Optional<String> refuse(PullRequestEvent event, ActionInputs inputs) {
        String login = event.request().author();
        String key = login.toLowerCase(Locale.ROOT);
        if (event.bot()) {
            return inputs.allowedBots().contains("*") || inputs.allowedBots().contains(key)
                    ? Optional.empty()
                    : Optional.of("the author " + login + " is a bot not listed in allowed-bots");
        }
        if (TRUSTED.contains(event.association())
                || inputs.allowedUsers().contains("*")
                || inputs.allowedUsers().contains(key)) {
            return Optional.empty();
        }
        return Optional.of("the author " + login + " (" + event.association()
                + ") is not an owner, member or collaborator and is not listed in allowed-users");
    }
}
