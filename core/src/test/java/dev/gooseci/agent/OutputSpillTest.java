package dev.gooseci.agent;

import static dev.gooseci.agent.FakeTools.extension;
import static dev.gooseci.agent.FakeTools.tool;
import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSpillTest {
    @TempDir
    Path workspace;

    private static String numberedLines(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> String.format("%04d", n) + "\n")
                .collect(Collectors.joining());
    }

    @Test
    void shouldLeaveOutputWithinTheLimitsAloneAndSaveNothing() {
        OutputSpill spill = new OutputSpill(ToolOutputLimits.in(workspace).withLimits(100, 10));

        assertThat(spill.apply("c1", numberedLines(10))).isEqualTo(numberedLines(10));
        assertThat(workspace.resolve(".goose-ci")).doesNotExist();
    }

    @Test
    void shouldKeepHeadAndTailLinesAndSaveTheWholeOutput() throws Exception {
        // given: 100 lines of 5 characters, 10 lines allowed
        OutputSpill spill = new OutputSpill(ToolOutputLimits.in(workspace).withLimits(1000, 10));
        String output = numberedLines(100);

        // when
        String cut = spill.apply("call_1", output);

        // then
        assertThat(cut)
                .isEqualTo("0001\n0002\n0003\n0004\n0005\n"
                        + "[... 90 lines (450 characters) cut here. The whole output, 500 characters in 100 lines, is"
                        + " saved in .goose-ci/tool-output/call_1.txt; page through it with read_file ...]\n"
                        + "0096\n0097\n0098\n0099\n0100\n");
        assertThat(workspace.resolve(".goose-ci/tool-output/call_1.txt")).hasContent(output);
    }

    @Test
    void shouldCutOnLineEndsWhenCharactersRunOut() {
        // given: 10 lines of 30 characters, 100 characters allowed
        String line = "x".repeat(29) + "\n";
        OutputSpill spill = new OutputSpill(ToolOutputLimits.in(workspace).withLimits(100, 2000));

        // when
        String cut = spill.apply("c", line.repeat(10));

        // then
        assertThat(cut)
                .isEqualTo(line + "[... 8 lines (240 characters) cut here. The whole output, 300 characters in 10"
                        + " lines, is saved in .goose-ci/tool-output/c.txt; page through it with read_file ...]\n"
                        + line);
    }

    @Test
    void shouldCutInsideALineThatIsLongerThanTheAllowance() {
        OutputSpill spill = new OutputSpill(ToolOutputLimits.in(workspace).withLimits(100, 2000));

        String cut = spill.apply("c", "a".repeat(500) + "b".repeat(500));

        assertThat(cut)
                .isEqualTo("a".repeat(50) + "\n[... 1 lines (900 characters) cut here. The whole output, 1000"
                        + " characters in 1 lines, is saved in .goose-ci/tool-output/c.txt; page through it with"
                        + " read_file ...]\n" + "b".repeat(50));
    }

    @Test
    void shouldMakeCallIdsSafeFileNamesAndNeverOverwrite() {
        OutputSpill spill = new OutputSpill(ToolOutputLimits.in(workspace).withLimits(100, 2));

        String first = spill.apply("../call/1", "a\nb\nc\n");
        String second = spill.apply("../call/1", "d\ne\nf\n");

        assertThat(first).contains("saved in .goose-ci/tool-output/.._call_1.txt;");
        assertThat(second).contains("saved in .goose-ci/tool-output/.._call_1-2.txt;");
        assertThat(workspace.resolve(".goose-ci/tool-output/.._call_1.txt")).hasContent("a\nb\nc\n");
        assertThat(workspace.resolve(".goose-ci/tool-output/.._call_1-2.txt")).hasContent("d\ne\nf\n");
    }

    @Test
    void shouldGiveAnAbsolutePathForADirectoryOutsideTheWorkspace(@TempDir Path elsewhere) {
        OutputSpill spill = new OutputSpill(
                ToolOutputLimits.in(workspace).withLimits(100, 2).withDirectory(elsewhere));

        assertThat(spill.apply("c", "a\nb\nc\n")).contains("saved in " + elsewhere.resolve("c.txt") + ";");
    }

    @Test
    void shouldStillCutWhenTheOutputCannotBeSaved() throws Exception {
        // given: the save directory is a file
        Path file = Files.writeString(workspace.resolve("taken"), "");
        OutputSpill spill = new OutputSpill(
                ToolOutputLimits.in(workspace).withLimits(100, 2).withDirectory(file));

        String cut = spill.apply("c", "a\nb\nc\n");

        assertThat(cut)
                .startsWith("a\n[... 1 lines (2 characters) cut here. The whole output, 6 characters in 3"
                        + " lines, could not be saved (")
                .endsWith("); narrow the call to see the rest ...]\nc\n");
    }

    @Test
    void shouldCutALongToolResultInTheLoopAndKeepTheErrorFlag() {
        // given
        Toolbox toolbox =
                Toolbox.of(List.of(extension("developer", tool("dump", args -> ToolResult.error(numberedLines(100))))));
        ScriptedProvider provider = ScriptedProvider.replying(calls(call("d1", "developer__dump", "{}")), text("ok"));
        AgentConfig config = AgentConfig.defaults()
                .withToolOutput(ToolOutputLimits.in(workspace).withLimits(1000, 10));

        // when
        AgentResult result = new AgentLoop(provider, toolbox, ToolGate.ALLOW_ALL, config, AgentListener.NONE)
                .run("m", "s", Conversation.of(Message.user("dump it")));

        // then
        ToolResponse response =
                result.conversation().messages().get(2).toolResponses().get(0);
        assertThat(response.isError()).isTrue();
        assertThat(response.content()).startsWith("0001\n").endsWith("0100\n").contains("tool-output/d1.txt");
        assertThat(provider.requests().get(1).messages().get(2).toolResponses()).containsExactly(response);
        assertThat(workspace.resolve(".goose-ci/tool-output/d1.txt")).hasContent(numberedLines(100));
    }
}
