package dev.gooseci.agent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import java.util.function.Function;

/** Tools for loop tests, built from lambdas. Public for the recipe tests, which drive the loop too. */
public final class FakeTools {
    private FakeTools() {}

    public static Tool tool(String name, Function<ObjectNode, ToolResult> body) {
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec(name, "test tool " + name, "{\"type\":\"object\"}");
            }

            @Override
            public boolean readOnly() {
                return true;
            }

            @Override
            public ToolResult call(ObjectNode arguments) {
                return body.apply(arguments);
            }
        };
    }

    public static Extension extension(String name, Tool... tools) {
        return new Extension() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Tool> tools() {
                return List.of(tools);
            }
        };
    }
}
