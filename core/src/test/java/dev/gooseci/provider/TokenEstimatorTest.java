package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenEstimatorTest {

    @ParameterizedTest(name = "{0} uses {1}")
    @CsvSource({
        "gpt-4o, o200k_base",
        "gpt-4o-mini-2024-07-18, o200k_base",
        "gpt-4.1-nano, o200k_base",
        "gpt-5, o200k_base",
        "o3-mini, o200k_base",
        "o4-mini, o200k_base",
        "openai/gpt-oss-120b, o200k_base",
        "gpt-4, cl100k_base",
        "gpt-3.5-turbo, cl100k_base",
        "claude-sonnet-4-5, cl100k_base",
        "llama3.2:3b, cl100k_base",
        "o1x, cl100k_base",
    })
    void shouldPickTheEncodingByModel(String model, String encoding) {
        assertThat(TokenEstimator.forModel(model).encodingName()).isEqualTo(encoding);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2} tokens")
    @CsvSource({
        // counts as OpenAI's cookbook gives them for tiktoken
        "gpt-4, 'hello world', 2",
        "gpt-4, 'tiktoken is great!', 6",
        "gpt-4o, 'hello world', 2",
        "gpt-4, '', 0",
    })
    void shouldCountTokensOfText(String model, String text, int tokens) {
        assertThat(TokenEstimator.forModel(model).count(text)).isEqualTo(tokens);
    }

    @Test
    void shouldCountSpecialTokensInUntrustedTextAsPlainText() {
        // a diff may contain "<|endoftext|>"; it must neither throw nor count as one special token
        assertThat(TokenEstimator.forModel("gpt-4o").count("<|endoftext|>")).isGreaterThan(1);
    }

    @Test
    void shouldEstimateSystemMessagesAndToolsWithOverhead() {
        // given
        TokenEstimator estimator = TokenEstimator.forModel("gpt-4");
        ToolSpec tool = new ToolSpec("read_file", "hello world", "{}");
        ChatRequest request = ChatRequest.of(
                "gpt-4",
                "hello world",
                List.of(
                        Message.user("hello world"),
                        Message.assistant(List.of(new ToolRequest("call_1", "read_file", "{}"))),
                        Message.toolResponses(List.of(ToolResponse.ok("call_1", "hello world")))),
                List.of(tool));
        int readFile = estimator.count("read_file");
        int braces = estimator.count("{}");

        // when
        long tokens = estimator.estimate(request);

        // then
        long expected = TokenEstimator.PER_REPLY
                + (TokenEstimator.PER_MESSAGE + 2) // system
                + (TokenEstimator.PER_MESSAGE + 2) // user text
                + (TokenEstimator.PER_MESSAGE + readFile + braces) // tool request
                + (TokenEstimator.PER_MESSAGE + 2) // tool response
                + (TokenEstimator.PER_TOOL + readFile + 2 + braces);
        assertThat(tokens).isEqualTo(expected);
    }

    @Test
    void shouldCountOnlyTheReplyPrimingForAnEmptyRequest() {
        assertThat(TokenEstimator.forModel("gpt-4o").estimate(ChatRequest.of("gpt-4o", "", List.of(), List.of())))
                .isEqualTo(TokenEstimator.PER_REPLY);
    }

    @Test
    void shouldGiveTheSameCountsFromManyThreads() throws Exception {
        // given
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(50);
        int expected = TokenEstimator.forModel("gpt-4o").count(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Future<Integer>> counts = pool.invokeAll(IntStream.range(0, 16)
                    .<java.util.concurrent.Callable<Integer>>mapToObj(
                            i -> () -> TokenEstimator.forModel(i % 2 == 0 ? "gpt-4o" : "gpt-5")
                                    .count(text))
                    .toList());

            // then
            for (Future<Integer> count : counts) {
                assertThat(count.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
