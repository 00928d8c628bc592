package dev.gooseci.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One hermetic run of the command line: given arguments, environment and stdin; captured output and exit code. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GooseCli.execute(
                args,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CliRun(code, out.toString(), err.toString());
    }
}
