package dev.gooseci.ci;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * What a {@code gooseGenerateTests} run answers the Jenkins step: the build result, the funnel line, how many tests
 * were kept and the files written. It crosses from the agent to the controller as {@link #toStrings()}: Jenkins'
 * class filter lets strings through, and would refuse a class from a library jar bundled in the plugin.
 *
 * @param result the build result
 * @param funnel the funnel line ({@code proposed 7 -> ... -> kept 2}); empty when nothing ran
 * @param kept the number of kept tests
 * @param files the test files written, relative to the workspace
 * @param summary one line for the build log and the step's failure message
 */
public record JenkinsTestGenOutcome(BuildResult result, String funnel, int kept, List<String> files, String summary) {

    public JenkinsTestGenOutcome {
        requireNonNull(result, "result");
        requireNonNull(funnel, "funnel");
        if (kept < 0) {
            throw new IllegalArgumentException("kept cannot be negative, was " + kept);
        }
        files = List.copyOf(files);
        requireNonNull(summary, "summary");
    }

    /** A run that stopped before any test was proposed: nothing is kept, nothing is written. */
    public static JenkinsTestGenOutcome stopped(BuildResult result, String summary) {
        return new JenkinsTestGenOutcome(result, "", 0, List.of(), summary);
    }

    /** Result, funnel, kept count and summary, then one entry per file. */
    public String[] toStrings() {
        String[] head = {result.name(), funnel, Integer.toString(kept), summary};
        String[] all = Arrays.copyOf(head, head.length + files.size());
        for (int i = 0; i < files.size(); i++) {
            all[head.length + i] = files.get(i);
        }
        return all;
    }

    /** The inverse of {@link #toStrings()}. */
    public static JenkinsTestGenOutcome fromStrings(String[] values) {
        if (values.length < 4) {
            throw new IllegalArgumentException("an outcome has at least 4 values, got " + values.length);
        }
        return new JenkinsTestGenOutcome(
                BuildResult.valueOf(values[0]),
                values[1],
                Integer.parseInt(values[2]),
                Arrays.asList(values).subList(4, values.length),
                values[3]);
    }
}
