package dev.gooseci.ci;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change request's web page, read back into where its platform's API lives. Jenkins' multibranch builds name the
 * pull or merge request only by {@code CHANGE_URL}; this is how a step finds the repository to publish to without
 * asking the user for it again.
 *
 * @param platform GitHub (github.com or Enterprise Server) or GitLab (gitlab.com or self-managed)
 * @param apiUrl the REST API root: {@code https://api.github.com}, {@code https://ghe.example.com/api/v3},
 *     {@code https://gitlab.example.com/api/v4}
 * @param repository {@code owner/name} on GitHub, the full project path ({@code group/sub/project}) on GitLab
 * @param number the pull request number or merge request iid
 */
public record ChangeUrl(ChangePlatform platform, String apiUrl, String repository, int number) {
    private static final Pattern GITLAB = Pattern.compile("/(.+?)/-/merge_requests/(\\d+)/?");
    private static final Pattern GITHUB = Pattern.compile("/([^/]+/[^/]+)/pull/(\\d+)/?");

    public ChangeUrl {
        requireNonNull(platform, "platform");
        requireNonNull(apiUrl, "apiUrl");
        requireNonNull(repository, "repository");
        if (number <= 0) {
            throw new IllegalArgumentException("a change request number is positive, was " + number);
        }
    }

    /**
     * Reads {@code url}; empty when it is no GitHub pull request or GitLab merge request page (Bitbucket, Gerrit, a
     * typo), so that the caller can say publishing needs one.
     */
    public static Optional<ChangeUrl> parse(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getPath() == null) {
            return Optional.empty();
        }
        String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        Matcher gitlab = GITLAB.matcher(uri.getPath());
        if (gitlab.matches()) {
            return Optional.of(new ChangeUrl(
                    ChangePlatform.GITLAB, origin + "/api/v4", gitlab.group(1), Integer.parseInt(gitlab.group(2))));
        }
        Matcher github = GITHUB.matcher(uri.getPath());
        if (github.matches()) {
            String api = uri.getHost().equalsIgnoreCase("github.com") ? "https://api.github.com" : origin + "/api/v3";
            return Optional.of(
                    new ChangeUrl(ChangePlatform.GITHUB, api, github.group(1), Integer.parseInt(github.group(2))));
        }
        return Optional.empty();
    }
}
