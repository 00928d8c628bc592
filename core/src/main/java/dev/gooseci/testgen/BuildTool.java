package dev.gooseci.testgen;

import java.nio.file.Path;

/**
 * Compiles a project and runs a selection of its tests, warm: compile once, then run one test class (or some of
 * its methods) at a time, which is what makes validating each candidate cheap. Implementations parse the build's
 * own reports; they never decide whether a test is good.
 */
public interface BuildTool {

    /** The project's root directory. */
    Path projectDir();

    /** The compiled production classes, which coverage is analysed against. */
    Path classesDir();

    /** Compiles production and test sources; compiler errors come back as data, not as an exception. */
    CompileResult compile();

    /** Runs the selected tests of already compiled sources; failing tests come back as data. */
    TestRun run(TestSelection selection);

    /**
     * The same kind of build, with this one's environment and timeout, for another copy of the project (the base
     * commit's tree, for the base check). It shares no state with this one: nothing compiled, no process count.
     *
     * @throws BuildException when {@code projectDir} holds no project this kind of build can build
     */
    BuildTool at(Path projectDir);

    /**
     * How many processes (builds, forked test JVMs) this tool has started so far, for the report and the benchmark;
     * 0 when it does not count them.
     */
    default int processCount() {
        return 0;
    }
}
