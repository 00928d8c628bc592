package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.NotReviewed;
import dev.gooseci.diff.Side;
import dev.gooseci.provider.Usage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The human summary ({@code report.md}): counts by severity, the gate, a findings table with file:line links, each
 * finding in full, the files that were not reviewed and why, the notes (when there are any), and the run's time,
 * tokens and cost.
 *
 * <p>Links are relative to the repository root, unless a link base such as
 * {@code https://github.com/o/r/blob/<sha>/} is given: then they are absolute and carry {@code #L<line>}. A finding on
 * removed lines is marked so and links to the file only, since the link base shows the head version.
 *
 * <p>Titles, categories and reasons are escaped for tables and headings ({@link MarkdownText}); a body is Markdown
 * already and is written as it is.
 */
final class MarkdownReport implements FormatWriter {
    private final Optional<String> linkBase;

    MarkdownReport(Optional<String> linkBase) {
        this.linkBase = requireNonNull(linkBase, "linkBase").map(base -> base.endsWith("/") ? base : base + "/");
    }

    @Override
    public String render(ReviewReport report) {
        StringBuilder md = new StringBuilder("# Goose CI review\n\n");
        counts(md, report);
        gate(md, report);
        findings(md, report.findings());
        notReviewed(md, report.notReviewed());
        notes(md, report.notes());
        run(md, report.run());
        return md.toString();
    }

    private static void counts(StringBuilder md, ReviewReport report) {
        int total = report.findings().size();
        md.append(total == 1 ? "1 finding" : total + " findings").append(".\n\n");
        md.append("| Severity | Count |\n|---|---:|\n");
        Map<Severity, Integer> counts = report.counts();
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            md.append("| ")
                    .append(severities[i].id())
                    .append(" | ")
                    .append(counts.get(severities[i]))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void gate(StringBuilder md, ReviewReport report) {
        QualityGate gate = report.gate();
        if (gate.failOn().isEmpty()) {
            md.append("Quality gate: not set (fail-on: none).\n\n");
        } else if (report.gatePassed()) {
            md.append("Quality gate: **passed** (fail-on: ")
                    .append(gate.describe())
                    .append(").\n\n");
        } else {
            long failing = gate.failing(report.findings());
            md.append("Quality gate: **failed** (fail-on: ")
                    .append(gate.describe())
                    .append("; ")
                    .append(failing)
                    .append(failing == 1 ? " finding" : " findings")
                    .append(" at or above it).\n\n");
        }
    }

    private void findings(StringBuilder md, List<Finding> findings) {
        md.append("## Findings\n\n");
        if (findings.isEmpty()) {
            md.append("No findings.\n\n");
            return;
        }
        md.append("| # | Severity | Location | Category | Title |\n|---:|---|---|---|---|\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            md.append("| ")
                    .append(i + 1)
                    .append(" | ")
                    .append(f.severity().id())
                    .append(" | ")
                    .append(link(f))
                    .append(" | ")
                    .append(MarkdownText.cell(f.category()))
                    .append(" | ")
                    .append(MarkdownText.cell(f.title()))
                    .append(" |\n");
        }
        md.append('\n');
        for (int i = 0; i < findings.size(); i++) {
            details(md, i + 1, findings.get(i));
        }
    }

    private void details(StringBuilder md, int number, Finding f) {
        md.append("### ")
                .append(number)
                .append(". ")
                .append(MarkdownText.heading(f.title()))
                .append("\n\n");
        md.append(f.severity().id())
                .append(" · ")
                .append(link(f))
                .append(" · ")
                .append(MarkdownText.cell(f.category()))
                .append(" · confidence ")
                .append(String.format(Locale.ROOT, "%.2f", f.confidence()))
                .append(" · fingerprint `")
                .append(f.fingerprint())
                .append("`\n\n");
        if (!f.body().isBlank()) {
            md.append(f.body().strip()).append("\n\n");
        }
        if (f.suggestion().isPresent()) {
            String code = f.suggestion().get();
            String fence = MarkdownText.fence(code);
            md.append("Suggested change:\n\n").append(fence).append('\n').append(code);
            md.append(code.endsWith("\n") ? "" : "\n").append(fence).append("\n\n");
        }
    }

    /** {@code [src/App.java:10-12](target)}; file-level findings show the path alone. */
    private String link(Finding f) {
        String lines = f.firstLine().map(first -> ":" + first).orElse("")
                + f.startLine()
                        .filter(start -> !start.equals(f.line().orElseThrow()))
                        .map(start -> "-" + f.line().orElseThrow())
                        .orElse("");
        String text =
                MarkdownText.linkText(f.path() + lines) + (f.side() == Side.LEFT && !f.fileLevel() ? " (removed)" : "");
        String target = UriPath.encode(f.path());
        if (linkBase.isPresent()) {
            target = linkBase.get()
                    + target
                    + (f.onHeadLines() ? "#L" + f.firstLine().orElseThrow() : "");
        }
        return "[" + text + "](" + target + ")";
    }

    private static void notReviewed(StringBuilder md, List<NotReviewed> files) {
        md.append("## Not reviewed\n\n");
        if (files.isEmpty()) {
            md.append("Every changed file was reviewed.\n\n");
            return;
        }
        for (NotReviewed file : files) {
            md.append("- ")
                    .append(MarkdownText.code(file.path()))
                    .append(": ")
                    .append(MarkdownText.linkText(file.why()))
                    .append('\n');
        }
        md.append('\n');
    }

    /** Written only when there are notes, so that a clean run's report stays short. */
    private static void notes(StringBuilder md, List<ReviewNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        md.append("## Notes\n\n");
        for (ReviewNote note : notes) {
            md.append("- ")
                    .append(note.kind().label())
                    .append(", ")
                    .append(MarkdownText.code(note.subject()))
                    .append(": ")
                    .append(MarkdownText.linkText(note.text()))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void run(StringBuilder md, ReviewRun run) {
        Usage usage = run.usage();
        md.append("## Run\n\n");
        md.append("- Commits: ")
                .append(sha(run.baseSha()))
                .append(" → ")
                .append(sha(run.headSha()))
                .append('\n');
        md.append("- Model: ")
                .append(MarkdownText.cell(run.provider()))
                .append(" / ")
                .append(MarkdownText.cell(run.model()))
                .append('\n');
        md.append("- Tokens: ")
                .append(usage.inputTokens())
                .append(" input, ")
                .append(usage.outputTokens())
                .append(" output, ")
                .append(usage.cacheReadTokens())
                .append(" cache read, ")
                .append(usage.cacheWriteTokens())
                .append(" cache write\n");
        md.append("- Cost: ").append(run.cost()).append('\n');
        md.append("- Time: ").append(MarkdownText.duration(run.wallTime())).append('\n');
    }

    private static String sha(String sha) {
        return sha.isBlank() ? "unknown" : MarkdownText.code(sha);
    }
}
