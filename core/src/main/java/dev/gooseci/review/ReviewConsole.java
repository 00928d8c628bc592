package dev.gooseci.review;

import dev.gooseci.diff.FilePart;
import dev.gooseci.diff.NotReviewed;
import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.report.Finding;
import dev.gooseci.report.ReviewReport;
import dev.gooseci.report.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What {@code goose-ci review} prints: a progress line per unit as it ends, a line per finding in the form
 * {@code path:line: [severity] title} that IDEs and CI logs turn into links, and a summary. Dry runs print the plan.
 * Every text from the model passes through the redactor.
 */
public final class ReviewConsole implements ReviewListener {
    private final Consumer<String> out;
    private final SecretRedactor redactor;

    /** Writes each line to {@code out}: a console, a build log. */
    public ReviewConsole(Consumer<String> out, SecretRedactor redactor) {
        this.out = out;
        this.redactor = redactor;
    }

    @Override
    public synchronized void onUnit(UnitOutcome outcome, int units) {
        int found = outcome.findings().size();
        out.accept("[unit " + outcome.unit().number() + "/" + units + "] "
                + String.join(", ", outcome.unit().paths()) + ": " + outcome.describe() + ", " + found
                + (found == 1 ? " finding" : " findings"));
    }

    /** One line per finding, {@code path:line: [severity] title}. */
    public void findings(ReviewReport report) {
        for (Finding f : report.findings()) {
            String where = f.path() + f.firstLine().map(line -> ":" + line).orElse("");
            out.accept(where + ": [" + f.severity().id() + "] " + redactor.redact(f.title()));
        }
    }

    public void summary(ReviewReport report, int units, List<Path> written) {
        int total = report.findings().size();
        Map<Severity, Integer> counts = report.counts();
        List<String> bySeverity = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            if (counts.get(severities[i]) > 0) {
                bySeverity.add(counts.get(severities[i]) + " " + severities[i].id());
            }
        }
        out.accept("Review: " + total + (total == 1 ? " finding" : " findings")
                + (bySeverity.isEmpty() ? "" : " (" + String.join(", ", bySeverity) + ")") + " in " + units
                + (units == 1 ? " unit" : " units") + "; "
                + report.notReviewed().size() + " not reviewed; "
                + report.notes().size() + (report.notes().size() == 1 ? " note" : " notes") + ".");
        out.accept("Quality gate: " + (report.gatePassed() ? "passed" : "failed") + " (fail-on: "
                + report.gate().describe() + ").");
        out.accept("Tokens: " + report.run().usage().totalTokens() + "; cost: "
                + report.run().cost() + ".");
        if (!written.isEmpty()) {
            out.accept("Reports: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
    }

    /** The dry run's plan: units, files, token estimates, checks, tools, and what is not reviewed. */
    public void plan(ReviewPlan plan, List<String> tools) {
        String head = plan.change().headSha().isEmpty()
                ? "the working tree"
                : abbreviate(plan.change().headSha());
        out.accept("Dry run: no model is called.");
        out.accept("Change: " + abbreviate(plan.change().baseSha()) + ".." + head + ", "
                + plan.change().files().size() + " files changed; "
                + plan.shard().map(s -> "shard " + s.describe() + ": ").orElse("")
                + plan.units().size()
                + " of " + plan.packing().units().size() + " units, budget "
                + plan.packing().budget()
                + " tokens per unit.");
        for (ReviewUnit unit : plan.units()) {
            out.accept("Unit " + unit.number() + " (~" + unit.tokens() + " tokens"
                    + (unit.overBudget() ? ", over budget" : "") + "): "
                    + unit.files().stream().map(ReviewConsole::part).collect(Collectors.joining(", ")));
            List<CustomCheck> checks = plan.checksFor(unit);
            if (!checks.isEmpty()) {
                out.accept("  checks: " + checks.stream().map(CustomCheck::name).collect(Collectors.joining(", ")));
            }
        }
        out.accept("Tools: " + String.join(", ", tools));
        out.accept("Hints: " + (plan.hints().isEmpty() ? "none" : plan.hints().length() + " characters")
                + "; custom checks: " + plan.checks().size() + "; read from " + plan.steeredBy() + ".");
        List<NotReviewed> skipped = plan.packing().notReviewed();
        out.accept("Not reviewed: "
                + (skipped.isEmpty() ? "none" : skipped.size() + (skipped.size() == 1 ? " file" : " files")));
        for (NotReviewed file : skipped) {
            out.accept("  " + file.describe());
        }
    }

    private static String part(FilePart part) {
        return part.path() + (part.split() ? " (part " + part.part() + " of " + part.parts() + ")" : "");
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
