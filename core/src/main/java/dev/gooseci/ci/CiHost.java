package dev.gooseci.ci;

/** The CI systems Goose CI knows, and a local run outside any of them. */
public enum CiHost {
    GITHUB_ACTIONS,
    GITLAB_CI,
    JENKINS,
    LOCAL
}
