package dev.gooseci.cli;

import dev.gooseci.diff.FilePart;
import dev.gooseci.diff.NotReviewed;
import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.report.Finding;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.report.Severity;
import dev.gooseci.review.CustomCheck;
import dev.gooseci.review.ReviewListener;
import dev.gooseci.review.ReviewPlan;
import dev.gooseci.review.UnitOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code goose-ci review} prints: a progress line per unit as it ends, a line per finding in the form
 * {@code path:line: [severity] title} that IDEs and CI logs turn into links, and a summary. Dry runs print the plan.
 * Every text from the model passes through the redactor.
 */
final class ReviewConsole implements ReviewListener {
    private final PrintWriter out;
    private final SecretRedactor redactor;

    ReviewConsole(PrintWriter out, SecretRedactor redactor) {
        this.out = out;
        this.redactor = redactor;
    }

    @Override
    public synchronized void onUnit(UnitOutcome outcome, int units) {
        int found = outcome.findings().size();
        out.println("[unit " + outcome.unit().number() + "/" + units + "] "
                + String.join(", ", outcome.unit().paths()) + ": " + outcome.describe() + ", " + found
                + (found == 1 ? " finding" : " findings"));
        out.flush();
    }

    void findings(ReviewReport report) {
        for (Finding f : report.findings()) {
            String where = f.path() + f.firstLine().map(line -> ":" + line).orElse("");
            out.println(where + ": [" + f.severity().id() + "] " + redactor.redact(f.title()));
        }
    }

    void summary(ReviewReport report, int units, List<Path> written) {
        int total = report.findings().size();
        Map<Severity, Integer> counts = report.counts();
        List<String> bySeverity = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            if (counts.get(severities[i]) > 0) {
                bySeverity.add(counts.get(severities[i]) + " " + severities[i].id());
            }
        }
        out.println("Review: " + total + (total == 1 ? " finding" : " findings")
                + (bySeverity.isEmpty() ? "" : " (" + String.join(", ", bySeverity) + ")") + " in " + units
                + (units == 1 ? " unit" : " units") + "; "
                + report.notReviewed().size() + " not reviewed; "
                + report.notes().size() + (report.notes().size() == 1 ? " note" : " notes") + ".");
        out.println("Quality gate: " + (report.gatePassed() ? "passed" : "failed") + " (fail-on: "
                + report.gate().describe() + ").");
        out.println("Tokens: " + report.run().usage().totalTokens() + "; cost: "
                + report.run().cost() + ".");
        if (!written.isEmpty()) {
            out.println("Reports: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
    }

    void plan(ReviewPlan plan, List<String> tools) {
        String head = plan.change().headSha().isEmpty()
                ? "the working tree"
                : abbreviate(plan.change().headSha());
        out.println("Dry run: no model is called.");
        out.println("Change: " + abbreviate(plan.change().baseSha()) + ".." + head + ", "
                + plan.change().files().size() + " files changed; "
                + plan.shard().map(s -> "shard " + s.describe() + ": ").orElse("")
                + plan.units().size()
                + " of " + plan.packing().units().size() + " units, budget "
                + plan.packing().budget()
                + " tokens per unit.");
        for (ReviewUnit unit : plan.units()) {
            out.println("Unit " + unit.number() + " (~" + unit.tokens() + " tokens"
                    + (unit.overBudget() ? ", over budget" : "") + "): "
                    + unit.files().stream().map(ReviewConsole::part).collect(Collectors.joining(", ")));
            List<CustomCheck> checks = plan.checksFor(unit);
            if (!checks.isEmpty()) {
                out.println(
                        "  checks: " + checks.stream().map(CustomCheck::name).collect(Collectors.joining(", ")));
            }
        }
        out.println("Tools: " + String.join(", ", tools));
        out.println("Hints: " + (plan.hints().isEmpty() ? "none" : plan.hints().length() + " characters")
                + "; custom checks: " + plan.checks().size() + "; read from " + plan.steeredBy() + ".");
        List<NotReviewed> skipped = plan.packing().notReviewed();
        out.println("Not reviewed: "
                + (skipped.isEmpty() ? "none" : skipped.size() + (skipped.size() == 1 ? " file" : " files")));
        for (NotReviewed file : skipped) {
            out.println("  " + file.describe());
        }
    }

    private static String part(FilePart part) {
        return part.path() + (part.split() ? " (part " + part.part() + " of " + part.parts() + ")" : "");
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
