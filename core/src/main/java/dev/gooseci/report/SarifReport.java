package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.diff.NotReviewed;
import dev.gooseci.provider.Json;
import java.util.List;

/**
 * SARIF 2.1.0 ({@code goose.sarif}) for GitHub code scanning and other SARIF readers: one run whose rules are the
 * report's categories and custom checks ({@link SarifRules}), one result per finding with the fingerprint under
 * {@code partialFingerprints["gooseFingerprint/v1"]}, and {@code automationDetails.id} set so that code scanning keeps
 * Goose CI's alerts apart from other tools'. Paths are relative to {@code %SRCROOT%}. A finding that is not on head
 * lines gets no region, so that it points at the file; a suggestion on head lines becomes a fix. Files that were not
 * reviewed are listed as notes of the invocation.
 */
final class SarifReport implements FormatWriter {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String FINGERPRINT_KEY = "gooseFingerprint/v1";
    static final String SRCROOT = "%SRCROOT%";

    private final ToolInfo tool;
    private final String automationId;

    /** {@code automationId} names the analysis, such as {@code goose-ci/review/}; code scanning groups runs by it. */
    SarifReport(ToolInfo tool, String automationId) {
        this.tool = requireNonNull(tool, "tool");
        this.automationId = requireNonNull(automationId, "automationId");
    }

    @Override
    public String render(ReviewReport report) {
        SarifRules rules = SarifRules.of(report.findings());
        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        tool.informationUri().ifPresent(uri -> driver.put("informationUri", uri));
        driver.set("rules", rules.descriptors());
        run.putObject("automationDetails").put("id", automationId);
        run.set("invocations", invocations(report.notReviewed()));
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            results.add(result(finding, rules));
        }
        return JsonText.pretty(log);
    }

    private static ObjectNode result(Finding finding, SarifRules rules) {
        ObjectNode result = Json.object();
        result.put("ruleId", finding.category());
        result.put("ruleIndex", rules.indexOf(finding.category()));
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", message(finding));
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.set("artifactLocation", artifact(finding.path()));
        if (finding.onHeadLines()) {
            physical.set("region", region(finding));
        }
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
        if (finding.onHeadLines() && finding.suggestion().isPresent()) {
            result.set("fixes", fixes(finding));
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", finding.severity().id());
        properties.put("confidence", finding.confidence());
        return result;
    }

    private static String message(Finding finding) {
        return finding.body().isBlank() ? finding.title() : finding.title() + "\n\n" + finding.body();
    }

    private static ObjectNode artifact(String path) {
        ObjectNode artifact = Json.object();
        artifact.put("uri", UriPath.encode(path));
        artifact.put("uriBaseId", SRCROOT);
        return artifact;
    }

    private static ObjectNode region(Finding finding) {
        ObjectNode region = Json.object();
        region.put("startLine", finding.firstLine().orElseThrow());
        region.put("endLine", finding.line().orElseThrow());
        return region;
    }

    private static ArrayNode fixes(Finding finding) {
        ArrayNode fixes = Json.MAPPER.createArrayNode();
        ObjectNode fix = fixes.addObject();
        fix.putObject("description").put("text", "Suggested change");
        ObjectNode change = fix.putArray("artifactChanges").addObject();
        change.set("artifactLocation", artifact(finding.path()));
        ObjectNode replacement = change.putArray("replacements").addObject();
        replacement.set("deletedRegion", region(finding));
        replacement
                .putObject("insertedContent")
                .put("text", finding.suggestion().orElseThrow());
        return fixes;
    }

    private static ArrayNode invocations(List<NotReviewed> notReviewed) {
        ArrayNode invocations = Json.MAPPER.createArrayNode();
        ObjectNode invocation = invocations.addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (NotReviewed file : notReviewed) {
            ObjectNode note = notes.addObject();
            note.put("level", "note");
            note.putObject("message").put("text", "Not reviewed: " + file.why());
            note.putArray("locations")
                    .addObject()
                    .putObject("physicalLocation")
                    .set("artifactLocation", artifact(file.path()));
        }
        return invocations;
    }

    /** {@code error} for blocker and critical, {@code warning} for major, {@code note} for minor and info. */
    static String level(Severity severity) {
        if (severity.atLeast(Severity.CRITICAL)) {
            return "error";
        }
        return severity == Severity.MAJOR ? "warning" : "note";
    }
}
