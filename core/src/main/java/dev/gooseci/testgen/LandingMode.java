package dev.gooseci.testgen;

import java.util.Locale;

/**
 * What a host lets test generation do with the kept tests of a change request: push them to its source branch when
 * that branch is in the same repository, always open a follow-up change request instead, or only report them.
 */
public enum LandingMode {
    /** Push to the source branch when it lives in the target repository; otherwise open a follow-up. */
    PUSH,
    /** Never push to the author's branch: always open a follow-up change request against it. */
    FOLLOW_UP,
    /** Land nothing: write the report and keep the tests as files in the workspace. */
    OFF;

    /**
     * Reads a host setting: {@code push}, {@code follow-up} or {@code off}, in any case.
     *
     * @param setting the name of the setting, for the error message
     */
    public static LandingMode parse(String value, String setting) {
        String normalized = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (normalized.equals("push")) {
            return PUSH;
        }
        if (normalized.equals("follow-up") || normalized.equals("followup")) {
            return FOLLOW_UP;
        }
        if (normalized.equals("off") || normalized.equals("none")) {
            return OFF;
        }
        throw new IllegalArgumentException(
                setting + " must be push, follow-up or off, was '" + value + "'; push lands the tests on the change"
                        + " request's branch, follow-up opens a second change request against it, off only reports");
    }
}
