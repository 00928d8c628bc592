package dev.gooseci.scm.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Following GitLab's offset ({@code x-next-page}) and keyset ({@code Link}) pagination. */
class PagesTest {
    static final HttpUrl FIRST = HttpUrl.get("https://gitlab.example.com/gitlab/api/v4/projects/7/x?per_page=100");

    @ParameterizedTest(name = "x-next-page={0}, link={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2    | null | https://gitlab.example.com/gitlab/api/v4/projects/7/x?per_page=100&page=2
            ''   | null | null
            ''   | <https://gitlab.example.com/gitlab/api/v4/projects/7/x?page=9>; rel="next" | null
            null | null | null
            null | <https://gitlab.example.com/gitlab/api/v4/projects/7/x?cursor=eyJpZCI6IjQyIn0&per_page=100>; rel="next", <https://gitlab.example.com/gitlab/api/v4/projects/7/x?per_page=100>; rel="first" | https://gitlab.example.com/gitlab/api/v4/projects/7/x?cursor=eyJpZCI6IjQyIn0&per_page=100
            null | <https://gitlab.example.com/gitlab/api/v4/projects/7/x?per_page=100>; rel="first" | null
            """)
    void shouldFindTheNextPage(String nextPage, String link, String expected) {
        // when
        HttpUrl next = Pages.next(FIRST, nextPage, link);

        // then
        assertThat(next == null ? null : next.toString()).isEqualTo(expected);
    }
}
