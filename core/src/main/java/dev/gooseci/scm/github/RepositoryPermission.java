package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A user's permission on the repository, from {@code GET /repos/{owner}/{repo}/collaborators/{username}/permission}.
 * GitHub reports the legacy {@code permission} ({@code admin}, {@code write}, {@code read} or {@code none}: maintain
 * reads as write, triage as read) and the finer {@code role_name} ({@code admin}, {@code maintain}, {@code write},
 * {@code triage}, {@code read}, or a custom role's name, whose {@code permission} is its base role's).
 *
 * @param permission the legacy permission, {@code none} when GitHub knows no such user
 * @param roleName the role, empty when GitHub gave none
 */
public record RepositoryPermission(String permission, String roleName) {
    private static final Set<String> WRITERS = Set.of("admin", "maintain", "write");

    /** What GitHub's answer means for someone it does not know. */
    public static final RepositoryPermission NONE = new RepositoryPermission("none", "");

    public RepositoryPermission {
        requireNonNull(permission, "permission");
        requireNonNull(roleName, "roleName");
    }

    /** Whether the user may push: write, maintain or admin. */
    public boolean mayWrite() {
        return WRITERS.contains(permission) || WRITERS.contains(roleName);
    }

    /** The role for messages: the role name when there is one, else the permission. */
    public String describe() {
        return roleName.isEmpty() ? permission : roleName;
    }
}
