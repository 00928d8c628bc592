package dev.gooseci.testgen;

/**
 * The gates a candidate test method passes, in the order they are applied. A method rejected at one gate is not
 * tried at the later ones; the funnel counts how many reached each stage.
 */
public enum Gate {
    COMPILES("compiled"),
    PASSES_ALONE("passed"),
    STABLE("stable"),
    NEW_COVERAGE("new coverage"),
    ASSERTS("asserts"),
    DETERMINISTIC("deterministic");

    private final String stage;

    Gate(String stage) {
        this.stage = stage;
    }

    /** The funnel stage a method reaches when it passes this gate. */
    public String stage() {
        return stage;
    }
}
