package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks the shell command of a tool call (argument {@code command}, {@code cmd} or {@code script}) with the
 * {@link CommandPolicy}. It looks at arguments, not tool names, so a shell tool from an MCP server is checked too.
 */
public final class CommandInspector implements Inspector {
    private static final List<String> FIELDS = List.of("command", "cmd", "script");

    private final CommandPolicy commands;

    public CommandInspector(CommandPolicy commands) {
        this.commands = requireNonNull(commands, "commands");
    }

    @Override
    public Decision inspect(ToolUse use, Decision current) {
        for (String field : FIELDS) {
            JsonNode value = use.arguments().get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                return Decision.deny("argument '" + field + "' must be the command line as text");
            }
            Decision decision = commands.check(value.asText());
            if (!decision.isAllowed()) {
                return decision;
            }
        }
        return Decision.allow();
    }
}
