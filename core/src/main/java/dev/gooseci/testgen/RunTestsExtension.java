package dev.gooseci.testgen;

import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import java.util.List;

/** The {@code testgen} extension: only {@code run_tests}. */
final class RunTestsExtension implements Extension {
    private final RunTestsTool tool;

    RunTestsExtension(RunTestsTool tool) {
        this.tool = tool;
    }

    @Override
    public String name() {
        return "testgen";
    }

    @Override
    public List<Tool> tools() {
        return List.of(tool);
    }
}
