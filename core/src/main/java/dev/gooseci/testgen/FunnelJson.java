package dev.gooseci.testgen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.util.Map;

/** The report as JSON ({@code goose-tests.json}) for hosts and dashboards; field names are snake_case. */
public final class FunnelJson {
    private FunnelJson() {}

    public static ObjectNode render(TestGenReport report) {
        ObjectNode root = Json.object();
        Funnel funnel = report.funnel();
        ObjectNode counts = root.putObject("funnel");
        counts.put("proposed", funnel.proposed());
        counts.put("compiled", funnel.compiled());
        counts.put("passed", funnel.passed());
        counts.put("stable", funnel.stable());
        counts.put("new_coverage", funnel.newCoverage());
        counts.put("kept", funnel.kept());
        root.set("coverage_before", coverage(report.before()));
        root.set("coverage_after", coverage(report.after()));
        ArrayNode kept = root.putArray("kept");
        for (KeptTest test : report.kept()) {
            ObjectNode node = kept.addObject();
            node.put("class", test.id().className());
            node.put("method", test.id().method());
            node.put("file", test.file());
            node.put("rationale", test.gain().describe());
            ArrayNode lines = node.putArray("new_lines");
            test.gain().lines().forEach(l -> lines.add(l.toString()));
            ObjectNode branches = node.putObject("new_branches");
            for (Map.Entry<SourceLine, Integer> entry : test.gain().branches().entrySet()) {
                branches.put(entry.getKey().toString(), entry.getValue());
            }
            test.base().ifPresentOrElse(b -> node.set("base", base(b)), () -> node.putNull("base"));
            node.put("tokens", test.tokens());
            test.cost().usd().ifPresentOrElse(usd -> node.put("cost_usd", usd), () -> node.putNull("cost_usd"));
        }
        ArrayNode rejected = root.putArray("rejected");
        for (Verdict verdict : report.rejections()) {
            ObjectNode node = rejected.addObject();
            node.put("class", verdict.id().className());
            node.put("method", verdict.id().method());
            node.put("gate", verdict.rejectedAt().orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
            node.put("reason", verdict.reason());
        }
        ArrayNode files = root.putArray("files");
        report.files().forEach(files::add);
        root.put("tokens", report.usage().totalTokens());
        report.cost().usd().ifPresentOrElse(usd -> root.put("cost_usd", usd), () -> root.putNull("cost_usd"));
        root.put("builds", report.builds());
        root.put("seed", report.seed());
        return root;
    }

    private static ObjectNode base(BaseVerdict verdict) {
        ObjectNode node = Json.object();
        node.put("label", verdict.label().name().toLowerCase(java.util.Locale.ROOT));
        node.put("behaviour_change", verdict.label().behaviourChange());
        node.put("sha", verdict.baseSha());
        node.put("detail", verdict.detail());
        return node;
    }

    private static ObjectNode coverage(CoverageSummary summary) {
        ObjectNode node = Json.object();
        node.put("covered_lines", summary.coveredLines());
        node.put("total_lines", summary.totalLines());
        node.put("covered_branches", summary.coveredBranches());
        node.put("total_branches", summary.totalBranches());
        return node;
    }
}
