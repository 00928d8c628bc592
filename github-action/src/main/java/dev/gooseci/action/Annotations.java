package dev.gooseci.action;

import dev.gooseci.report.Finding;
import dev.gooseci.report.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as workflow commands ({@code ::warning file=..,line=..::message}), which the runner turns into
 * annotations on the pull request's diff. GitHub shows at most 10 annotations of each level per step, so the rest
 * are counted in one line instead. Data escapes {@code %}, CR and LF; properties also escape {@code :} and {@code ,}.
 */
final class Annotations {
    /** Annotations of one level GitHub shows per step. */
    static final int PER_LEVEL = 10;

    private Annotations() {}

    static List<String> commands(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        Map<Level, Integer> shown = new EnumMap<>(Level.class);
        int left = 0;
        for (Finding f : findings) {
            Level level = Level.of(f.severity());
            int n = shown.merge(level, 1, Integer::sum);
            if (n > PER_LEVEL) {
                left++;
                continue;
            }
            StringBuilder line = new StringBuilder("::")
                    .append(level.command)
                    .append(" file=")
                    .append(property(f.path()));
            if (f.onHeadLines()) {
                line.append(",line=").append(f.firstLine().orElseThrow());
                line.append(",endLine=").append(f.line().orElseThrow());
            }
            line.append(",title=").append(property("[" + f.severity().id() + "] " + f.title()));
            String message = f.body().isBlank() ? f.title() : f.body().strip();
            lines.add(line.append("::").append(data(message)).toString());
        }
        if (left > 0) {
            lines.add(left + " more findings are not annotated (GitHub shows " + PER_LEVEL
                    + " of each level per step); see the report and the step summary");
        }
        return lines;
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** The workflow command of each annotation level. */
    private enum Level {
        ERROR("error"),
        WARNING("warning"),
        NOTICE("notice");

        final String command;

        Level(String command) {
            this.command = command;
        }

        static Level of(Severity severity) {
            if (severity.atLeast(Severity.CRITICAL)) {
                return ERROR;
            }
            return severity.atLeast(Severity.MINOR) ? WARNING : NOTICE;
        }
    }
}
