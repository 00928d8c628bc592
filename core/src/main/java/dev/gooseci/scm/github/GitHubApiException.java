package dev.gooseci.scm.github;

/**
 * GitHub answered a call with an error, or could not be reached. The message names the call and says what to fix:
 * which permission the token needs, or which setting names the repository or pull request.
 */
public final class GitHubApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    GitHubApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when GitHub was not reached or a GraphQL call answered with errors. */
    public int status() {
        return status;
    }

    /** Whether GitHub refused the request's content (422), such as a comment on a line outside the diff. */
    public boolean unprocessable() {
        return status == 422;
    }

    static GitHubApiException of(String call, int status, String message) {
        return new GitHubApiException(
                call + " failed with HTTP " + status + ": " + message + hint(status), status, null);
    }

    static String hint(int status) {
        switch (status) {
            case 401:
                return " (the token is missing, invalid or expired: check the github-token input or GITHUB_TOKEN)";
            case 403:
                return " (the token lacks a permission: a review and comments need 'pull-requests: write', a check"
                        + " run needs 'checks: write', reading needs 'contents: read')";
            case 404:
                return " (not found: check GITHUB_REPOSITORY and the pull request number; GitHub also answers 404 to a"
                        + " token that cannot see the repository)";
            default:
                return "";
        }
    }
}
