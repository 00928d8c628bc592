package dev.gooseci.policy;

import java.util.List;

/**
 * A parsed script, flattened: the simple commands of every list, pipeline, subshell and group, in order. Chaining
 * does not change what may run (every command must be allowed whatever joins them), so only pipes are remembered,
 * as {@link ShellCommand#pipedInput()}.
 */
record ShellScript(List<ShellCommand> commands) {
    ShellScript {
        commands = List.copyOf(commands);
    }
}
