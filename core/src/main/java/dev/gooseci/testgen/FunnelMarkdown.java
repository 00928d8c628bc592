package dev.gooseci.testgen;

import java.util.regex.Pattern;

/**
 * The report as Markdown for a job summary or a pull request comment: a mermaid flowchart of the funnel (flowcharts
 * render on both GitHub and GitLab, which do not all support newer chart types), the kept tests with their rationale
 * and what they do on the base commit, every rejection with its reason, coverage before and after, and the spend.
 */
public final class FunnelMarkdown {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private FunnelMarkdown() {}

    public static String render(TestGenReport report) {
        Funnel funnel = report.funnel();
        StringBuilder md = new StringBuilder("## Goose CI generated tests\n\n");
        md.append("```mermaid\nflowchart LR\n");
        String[] names = {"proposed", "compiled", "passed", "stable", "new coverage", "kept"};
        int[] counts = {
            funnel.proposed(), funnel.compiled(), funnel.passed(), funnel.stable(), funnel.newCoverage(), funnel.kept()
        };
        for (int i = 0; i < names.length; i++) {
            md.append("    s")
                    .append(i)
                    .append("[\"")
                    .append(names[i])
                    .append(": ")
                    .append(counts[i])
                    .append("\"]");
            md.append(i + 1 < names.length ? " --> s" + (i + 1) + "\n" : "\n");
        }
        md.append("```\n\n");
        md.append("| stage | proposed | compiled | passed | stable | new coverage | kept |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        md.append("| count | ")
                .append(funnel.proposed())
                .append(" | ")
                .append(funnel.compiled())
                .append(" | ");
        md.append(funnel.passed())
                .append(" | ")
                .append(funnel.stable())
                .append(" | ")
                .append(funnel.newCoverage());
        md.append(" | ").append(funnel.kept()).append(" |\n\n");
        md.append("Changed-line coverage: **").append(report.before().text()).append("** before, **");
        md.append(report.after().text()).append("** after.\n\n");
        if (!report.kept().isEmpty()) {
            md.append("### Kept\n\n| test | file | newly covers | on base | tokens | cost |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (KeptTest test : report.kept()) {
                md.append("| `")
                        .append(cell(test.id().toString()))
                        .append("` | `")
                        .append(cell(test.file()));
                md.append("` | ")
                        .append(cell(test.gain().describe()))
                        .append(" | ")
                        .append(cell(test.base().map(BaseVerdict::describe).orElse("not checked")))
                        .append(" | ")
                        .append(test.tokens());
                md.append(" | ").append(test.cost()).append(" |\n");
            }
            md.append('\n');
        }
        if (!report.rejections().isEmpty()) {
            md.append("### Rejected\n\n| test | gate | reason |\n|---|---|---|\n");
            for (Verdict verdict : report.rejections()) {
                md.append("| `").append(cell(verdict.id().toString())).append("` | ");
                md.append(verdict.rejectedAt().orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
                md.append(" | ").append(cell(verdict.reason())).append(" |\n");
            }
            md.append('\n');
        }
        for (String note : report.notes()) {
            md.append("> ").append(cell(note)).append('\n');
        }
        md.append("Tokens: ")
                .append(report.usage().totalTokens())
                .append(", cost: ")
                .append(report.cost());
        md.append(", builds: ")
                .append(report.builds())
                .append(", random-order seed: ")
                .append(report.seed());
        md.append(".\n");
        return md.toString();
    }

    private static String cell(String text) {
        String flat = LINE_BREAK.matcher(text).replaceAll(" ");
        return flat.replace("|", "\\|").replace("`", "'");
    }
}
