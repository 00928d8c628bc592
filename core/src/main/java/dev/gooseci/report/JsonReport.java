package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.diff.NotReviewed;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Usage;
import java.util.Locale;
import java.util.Map;

/**
 * Goose CI's own format ({@code goose-review.json}), documented field by field in {@code docs/review-json.md}. Every
 * field is always present, with {@code null} for an absent value, so that readers need no guessing. A new field may be
 * added within a schema version; renaming or removing one raises {@link #SCHEMA_VERSION}.
 */
final class JsonReport implements FormatWriter {
    static final int SCHEMA_VERSION = 1;

    private final ToolInfo tool;

    JsonReport(ToolInfo tool) {
        this.tool = requireNonNull(tool, "tool");
    }

    @Override
    public String render(ReviewReport report) {
        ObjectNode root = Json.object();
        root.put("schema_version", SCHEMA_VERSION);
        ObjectNode toolNode = root.putObject("tool");
        toolNode.put("name", tool.name());
        toolNode.put("version", tool.version());
        run(root.putObject("run"), report.run());
        ObjectNode gate = root.putObject("gate");
        gate.put("fail_on", report.gate().failOn().map(Severity::id).orElse(null));
        gate.put("passed", report.gatePassed());
        ObjectNode counts = root.putObject("counts");
        counts.put("total", report.findings().size());
        for (Map.Entry<Severity, Integer> count : report.counts().entrySet()) {
            counts.put(count.getKey().id(), count.getValue());
        }
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode notReviewed = root.putArray("not_reviewed");
        for (NotReviewed file : report.notReviewed()) {
            ObjectNode entry = notReviewed.addObject();
            entry.put("path", file.path());
            entry.put("reason", file.why());
        }
        ArrayNode notes = root.putArray("notes");
        for (ReviewNote note : report.notes()) {
            ObjectNode entry = notes.addObject();
            entry.put("kind", note.kind().name().toLowerCase(Locale.ROOT));
            entry.put("subject", note.subject());
            entry.put("text", note.text());
        }
        return JsonText.pretty(root);
    }

    private static void run(ObjectNode node, ReviewRun run) {
        node.put("base_sha", run.baseSha());
        node.put("head_sha", run.headSha());
        node.put("provider", run.provider());
        node.put("model", run.model());
        Usage usage = run.usage();
        ObjectNode tokens = node.putObject("tokens");
        tokens.put("input", usage.inputTokens());
        tokens.put("output", usage.outputTokens());
        tokens.put("cache_read", usage.cacheReadTokens());
        tokens.put("cache_write", usage.cacheWriteTokens());
        node.put("cost_usd", run.cost().usd().orElse(null));
        node.put("wall_time_ms", run.wallTime().toMillis());
    }

    private static void finding(ObjectNode node, Finding f) {
        node.put("fingerprint", f.fingerprint());
        node.put("path", f.path());
        node.put("start_line", f.startLine().orElse(null));
        node.put("line", f.line().orElse(null));
        node.put("side", f.side().name());
        node.put("severity", f.severity().id());
        node.put("category", f.category());
        node.put("title", f.title());
        node.put("body", f.body());
        node.put("suggestion", f.suggestion().orElse(null));
        node.put("confidence", f.confidence());
    }
}
