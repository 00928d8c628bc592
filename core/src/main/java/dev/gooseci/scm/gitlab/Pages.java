package dev.gooseci.scm.gitlab;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where the next page of a GitLab list is. Offset pagination sends {@code x-next-page}, empty on the last page; it is
 * applied to our own URL, so an instance behind a proxy that rewrites hosts still pages correctly. Keyset pagination
 * sends only a {@code Link} header with {@code rel="next"}, which is followed as given.
 */
final class Pages {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?next\"?");

    private Pages() {}

    /** The next page's URL, or {@code null} after the last page. */
    static HttpUrl next(HttpUrl current, String nextPage, String link) {
        if (nextPage != null) {
            String page = nextPage.strip();
            return page.isEmpty()
                    ? null
                    : current.newBuilder().setQueryParameter("page", page).build();
        }
        if (link != null) {
            Matcher matcher = NEXT.matcher(link);
            if (matcher.find()) {
                return HttpUrl.parse(matcher.group(1));
            }
        }
        return null;
    }
}
