package dev.gooseci.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://github.com/octo/widgets/pull/128, GITHUB, https://api.github.com, octo/widgets, 128",
        "https://GitHub.com/octo/widgets/pull/7/, GITHUB, https://api.github.com, octo/widgets, 7",
        "https://ghe.example.com/octo/widgets/pull/3, GITHUB, https://ghe.example.com/api/v3, octo/widgets, 3",
        "https://gitlab.com/group/app/-/merge_requests/12, GITLAB, https://gitlab.com/api/v4, group/app, 12",
        "https://git.example.com:8443/a/b/c/-/merge_requests/5, GITLAB, https://git.example.com:8443/api/v4, a/b/c, 5",
        "http://gitlab.local/team/pull/-/merge_requests/1, GITLAB, http://gitlab.local/api/v4, team/pull, 1"
    })
    void shouldFindThePlatformRepositoryAndNumberOfAChangePage(
            String url, ChangePlatform platform, String api, String repository, int number) {
        Optional<ChangeUrl> change = ChangeUrl.parse(url);

        assertThat(change).contains(new ChangeUrl(platform, api, repository, number));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "",
                "not a url",
                "https://bitbucket.org/team/repo/pull-requests/9",
                "https://review.example.com/c/project/+/1234",
                "https://github.com/octo/widgets/issues/4",
                "ftp://github.com/octo/widgets/pull/4",
                "https://github.com/octo/pull/4"
            })
    void shouldReadNothingFromOtherPages(String url) {
        assertThat(ChangeUrl.parse(url)).isEmpty();
    }
}
