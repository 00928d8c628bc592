package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Json;
import dev.gooseci.tool.mcp.NpmTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code goose.sarif} with Microsoft's SARIF multitool ({@code @microsoft/sarif-multitool} 5.7.0 from
 * tools/npm), the validator behind the SARIF SDK: schema rules (JSONxxxx) and SARIF's own rules (SARIFxxxx). Errors fail
 * the test; warnings are allowed, since a file-level finding has no region on purpose. The tool's exit code is 0 even
 * with errors, so the test reads the log it writes. Skipped when the tool is not installed or cannot run here.
 */
class SarifMultitoolITest {

    @TempDir
    Path dir;

    @Test
    void shouldPassMicrosoftsSarifValidatorWithoutErrors() throws Exception {
        // given
        Path launcher = NpmTools.require("sarif-multitool");
        Path sarif = SampleReport.reports()
                .write(SampleReport.report(), dir, EnumSet.of(Format.SARIF))
                .get(0);
        Path log = dir.resolve("validation.sarif");

        // when
        Run run = run(List.of(launcher.toString(), "validate", sarif.toString(), "--output", log.toString()));

        // then
        assumeTrue(
                run.exitCode() == 0 && Files.exists(log),
                "the SARIF multitool cannot run on this machine (exit " + run.exitCode() + "): " + run.output());
        assertThat(errors(log)).isEmpty();
    }

    @Test
    void shouldReportErrorsForAnInvalidLog() throws Exception {
        // given: a region without a valid start line, so that the check itself is shown to fail
        Path launcher = NpmTools.require("sarif-multitool");
        String text = SampleReport.reports().render(SampleReport.report(), Format.SARIF);
        Path sarif = Files.writeString(
                dir.resolve("bad.sarif"),
                text.replace("\"startLine\": 12", "\"startLine\": 0"),
                StandardCharsets.UTF_8);
        Path log = dir.resolve("validation.sarif");

        // when
        Run run = run(List.of(launcher.toString(), "validate", sarif.toString(), "--output", log.toString()));

        // then
        assumeTrue(
                run.exitCode() == 0 && Files.exists(log),
                "the SARIF multitool cannot run on this machine (exit " + run.exitCode() + "): " + run.output());
        assertThat(errors(log)).anyMatch(error -> error.contains("startLine"));
    }

    /** {@code ruleId: location} of each error-level result in the validator's own SARIF log. */
    private static List<String> errors(Path log) throws IOException {
        JsonNode results = Json.parse(Files.readString(log, StandardCharsets.UTF_8), "multitool log")
                .at("/runs/0/results");
        List<String> errors = new ArrayList<>();
        for (JsonNode result : results) {
            if ("error".equals(result.path("level").asText())) {
                errors.add(result.path("ruleId").asText() + ": "
                        + result.path("message").toString());
            }
        }
        return errors;
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(NpmTools.environment(java.util.Map.of("DOTNET_CLI_TELEMETRY_OPTOUT", "1")));
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {}
}
