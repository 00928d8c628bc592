package dev.gooseci.scm.github;

import java.io.FileNotFoundException;
import java.io.IOException;
import org.kohsuke.github.HttpException;

/** Turns github-api's exceptions into {@link GitHubApiException}s with the same hints as our own calls. */
final class LibraryErrors {
    private LibraryErrors() {}

    static GitHubApiException map(String call, IOException e) {
        int status = 0;
        if (e instanceof HttpException) {
            status = ((HttpException) e).getResponseCode();
        } else if (e instanceof FileNotFoundException) {
            status = 404;
        }
        String message =
                status > 0 ? GitHubRest.message(String.valueOf(e.getMessage())) : String.valueOf(e.getMessage());
        return new GitHubApiException(
                call + " failed" + (status > 0 ? " with HTTP " + status : "") + ": " + message
                        + GitHubApiException.hint(status),
                status,
                e);
    }
}
