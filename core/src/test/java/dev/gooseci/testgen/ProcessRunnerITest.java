package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerITest {

    @Test
    void shouldKillTheWholeProcessTreeOnTimeout(@TempDir Path dir) throws Exception {
        ProcessRunner runner = new ProcessRunner(Map.of("PATH", System.getenv("PATH")));
        String script = "sleep 300 & echo $! > pids; (sleep 300 & echo $! >> pids; wait) & wait";

        ProcessResult result = runner.run(dir, List.of("bash", "-c", script), Duration.ofSeconds(2));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        List<Long> pids = Files.readAllLines(dir.resolve("pids")).stream()
                .map(Long::parseLong)
                .toList();
        assertThat(pids).hasSize(2);
        for (long pid : pids) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent()) {
                handle.get().onExit().get(10, TimeUnit.SECONDS);
            }
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        }
    }

    @Test
    void shouldPassOnlyTheGivenEnvironment(@TempDir Path dir) {
        ProcessRunner runner = new ProcessRunner(Map.of("PATH", System.getenv("PATH"), "ONLY", "this"));

        ProcessResult result = runner.run(dir, List.of("bash", "-c", "env | sort"), Duration.ofSeconds(30));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.output()).contains("ONLY=this").doesNotContain("HOME=");
    }
}
