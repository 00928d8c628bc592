package dev.gooseci.tool.mcp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a stdio server's program before the SDK starts it. The SDK only logs a failed start and then waits out the
 * whole initialization timeout; checking first turns a typo into an immediate, clear error. A bare name is looked up
 * on the PATH the server will get, not the JVM's, so that what runs is what the filtered environment allows.
 */
final class Executables {
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");

    private Executables() {}

    /** The program to start: {@code command} itself when it is a path, else its absolute path on {@code env}'s PATH. */
    static String resolve(String extension, String command, Map<String, String> env) {
        if (command.contains("/") || command.contains(File.separator)) {
            if (!Files.isExecutable(Path.of(command))) {
                throw new IllegalArgumentException("command '" + command + "' of MCP extension " + extension
                        + " does not exist or is not executable; check its cmd");
            }
            return command;
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return Path.of(dir, command).toString();
            }
        }
        if (WINDOWS) {
            return command; // .cmd and .exe lookup is left to Windows
        }
        throw new IllegalArgumentException("command '" + command + "' of MCP extension " + extension
                + " is not on the PATH it gets (" + path + "); install it, or give its full path as cmd");
    }
}
