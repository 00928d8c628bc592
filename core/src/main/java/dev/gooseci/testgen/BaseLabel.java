package dev.gooseci.testgen;

/**
 * What a kept test does on the change's base commit. It is a label for the reader of the report, never a reason to
 * reject: a test that passes on base guards against regressions, one that does not documents what the change did.
 */
public enum BaseLabel {
    /** It passes on base too: an ordinary regression test. */
    PASSES_ON_BASE,
    /** It fails on base and passes on head: it documents a behaviour change. */
    FAILS_ON_BASE,
    /** It does not compile on base: it uses API the change added, which is a behaviour change too. */
    DOES_NOT_COMPILE_ON_BASE,
    /** The check could not tell, for example because the base commit does not build. */
    UNKNOWN;

    /** Whether the test documents a behaviour change: it fails or does not compile on base. */
    public boolean behaviourChange() {
        return this == FAILS_ON_BASE || this == DOES_NOT_COMPILE_ON_BASE;
    }
}
