package dev.gooseci.scm.github;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * One repository on one GitHub (github.com or an Enterprise Server), with the token, over one OkHttp client that
 * retries rate limits. github-api and our own calls share the client, so they share the retries. Only trusted code
 * holds a connection: the agent never sees the token.
 */
public final class GitHubConnection {
    /** github.com's API root, used when {@code GITHUB_API_URL} is not set. */
    public static final String PUBLIC_API = "https://api.github.com";

    private final HttpUrl apiRoot;
    private final HttpUrl graphql;
    private final String repository;
    private final Secret token;
    private final OkHttpClient client;
    private GitHub library;

    private GitHubConnection(HttpUrl apiRoot, HttpUrl graphql, String repository, Secret token, OkHttpClient client) {
        this.apiRoot = apiRoot;
        this.graphql = graphql;
        this.repository = repository;
        this.token = token;
        this.client = client;
    }

    /**
     * Reads {@code GITHUB_API_URL} (default {@value #PUBLIC_API}), {@code GITHUB_GRAPHQL_URL} (default derived from
     * the API root) and {@code GITHUB_REPOSITORY} ({@code owner/name}) from {@code env}, as GitHub Actions sets them.
     */
    public static GitHubConnection fromEnvironment(Map<String, String> env, Secret token, RetryPolicy retry) {
        String repository = env.getOrDefault("GITHUB_REPOSITORY", "");
        String api = env.getOrDefault("GITHUB_API_URL", "");
        String graphql = env.getOrDefault("GITHUB_GRAPHQL_URL", "");
        return of(api.isBlank() ? PUBLIC_API : api, graphql, repository, token, retry);
    }

    /**
     * A connection to {@code apiUrl} for {@code repository}.
     *
     * @param graphqlUrl the GraphQL endpoint; blank derives it: {@code /api/v3} becomes {@code /api/graphql}
     *     (Enterprise Server), else {@code /graphql} is appended
     */
    public static GitHubConnection of(
            String apiUrl, String graphqlUrl, String repository, Secret token, RetryPolicy retry) {
        requireNonNull(token, "token");
        requireNonNull(retry, "retry");
        HttpUrl api = HttpUrl.parse(requireNonNull(apiUrl, "apiUrl").replaceAll("/+$", ""));
        if (api == null) {
            throw new IllegalArgumentException(
                    "GITHUB_API_URL is not an http(s) URL: '" + apiUrl + "'; use e.g. https://ghe.example.com/api/v3");
        }
        if (repository == null || !repository.matches("[^/\\s]+/[^/\\s]+")) {
            throw new IllegalArgumentException(
                    "GITHUB_REPOSITORY must be owner/name, such as octo-org/app, was '" + repository + "'");
        }
        if (token.reveal().isBlank()) {
            throw new IllegalArgumentException("no GitHub token: set the github-token input (default"
                    + " ${{ github.token }}) or GITHUB_TOKEN, with 'pull-requests: write' permission");
        }
        HttpUrl graphql = graphqlUrl == null || graphqlUrl.isBlank() ? graphqlFor(api) : HttpUrl.parse(graphqlUrl);
        if (graphql == null) {
            throw new IllegalArgumentException("GITHUB_GRAPHQL_URL is not an http(s) URL: '" + graphqlUrl + "'");
        }
        HttpTimeouts timeouts = HttpTimeouts.defaults();
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .addInterceptor(new SecondaryRateLimit(retry, Clock.systemUTC()))
                .build();
        return new GitHubConnection(api, graphql, repository, token, client);
    }

    static HttpUrl graphqlFor(HttpUrl api) {
        String root = api.toString().replaceAll("/+$", "");
        return HttpUrl.get(
                root.endsWith("/api/v3") ? root.substring(0, root.length() - 2) + "graphql" : root + "/graphql");
    }

    /** {@code owner/name}. */
    public String repository() {
        return repository;
    }

    String owner() {
        return repository.substring(0, repository.indexOf('/'));
    }

    String name() {
        return repository.substring(repository.indexOf('/') + 1);
    }

    /** The REST path of the repository, {@code /repos/owner/name}. */
    String repoPath() {
        return "/repos/" + repository;
    }

    GitHubRest rest() {
        return new GitHubRest(client, apiRoot, graphql, token);
    }

    /** github-api on our client; its own rate-limit waits are off, since our interceptor retries. */
    synchronized GitHub library() {
        if (library == null) {
            try {
                library = new GitHubBuilder()
                        .withEndpoint(apiRoot.toString().replaceAll("/+$", ""))
                        .withAppInstallationToken(token.reveal())
                        .withConnector(new OkHttpGitHubConnector(client))
                        .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                        .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                        .build();
            } catch (IOException e) {
                throw new GitHubApiException(
                        "cannot set up the GitHub client for " + apiRoot + ": " + e.getMessage(), 0, e);
            }
        }
        return library;
    }

    GHRepository libraryRepository() {
        try {
            return library().getRepository(repository);
        } catch (IOException e) {
            throw LibraryErrors.map("GET " + repoPath(), e);
        }
    }
}
