package dev.gooseci.tool;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tools of a run, by namespaced name ({@code extension__tool}). Calling through the toolbox never throws: an
 * unknown tool, arguments that are not a JSON object, or a tool that throws all become error results.
 */
public final class Toolbox implements AutoCloseable {
    /** Separates the extension from the tool in a namespaced name. */
    public static final String SEPARATOR = "__";

    private static final Logger LOG = LoggerFactory.getLogger(Toolbox.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Extension> extensions;
    private final Map<String, Tool> tools;

    private Toolbox(List<Extension> extensions, Map<String, Tool> tools) {
        this.extensions = extensions;
        this.tools = tools;
    }

    /** Namespaces every tool of {@code extensions}; two tools with one namespaced name are an error. */
    public static Toolbox of(List<? extends Extension> extensions) {
        Map<String, Tool> tools = new LinkedHashMap<>();
        for (Extension extension : extensions) {
            requireNonNull(extension, "extension");
            if (!extension.name().matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("extension name '" + extension.name()
                        + "' may use only letters, digits and '-', so that '" + SEPARATOR + "' stays unambiguous");
            }
            for (Tool tool : extension.tools()) {
                String name = extension.name() + SEPARATOR + tool.spec().name();
                if (tools.putIfAbsent(name, tool) != null) {
                    throw new IllegalArgumentException(
                            "two tools are both named '" + name + "'; rename one extension in the configuration");
                }
            }
        }
        return new Toolbox(List.copyOf(extensions), Collections.unmodifiableMap(tools));
    }

    public static Toolbox empty() {
        return of(List.of());
    }

    /** The specs the model is shown, with namespaced names, in registration order. */
    public List<ToolSpec> specs() {
        List<ToolSpec> specs = new ArrayList<>(tools.size());
        tools.forEach((name, tool) -> specs.add(
                new ToolSpec(name, tool.spec().description(), tool.spec().inputSchema())));
        return specs;
    }

    public Optional<Tool> find(String namespacedName) {
        return Optional.ofNullable(tools.get(namespacedName));
    }

    /** Calls the tool named {@code namespacedName} with the model's raw JSON arguments. */
    public ToolResult call(String namespacedName, String arguments) {
        Tool tool = tools.get(namespacedName);
        if (tool == null) {
            return ToolResult.error(
                    "no tool named '" + namespacedName + "'; the tools are: " + String.join(", ", tools.keySet()));
        }
        ObjectNode parsed;
        try {
            JsonNode node = arguments.isBlank() ? JSON.createObjectNode() : JSON.readTree(arguments);
            if (!(node instanceof ObjectNode object)) {
                return ToolResult.error("the arguments of " + namespacedName + " must be a JSON object");
            }
            parsed = object;
        } catch (JsonProcessingException e) {
            return ToolResult.error(
                    "the arguments of " + namespacedName + " are not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return tool.call(parsed);
        } catch (RuntimeException e) {
            LOG.warn("tool {} failed", namespacedName, e);
            return ToolResult.error(namespacedName + " failed: " + e);
        }
    }

    @Override
    public void close() {
        for (Extension extension : extensions) {
            try {
                extension.close();
            } catch (RuntimeException e) {
                LOG.warn("closing extension {} failed", extension.name(), e);
            }
        }
    }
}
