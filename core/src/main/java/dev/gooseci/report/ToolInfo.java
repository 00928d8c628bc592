package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The tool that wrote a report, as SARIF's {@code tool.driver} and the other formats name it.
 *
 * @param name always {@code goose-ci} in production
 * @param version the release, or {@code unknown} when the classes do not come from a built jar
 * @param informationUri where users read about the tool; empty to leave it out
 */
record ToolInfo(String name, String version, Optional<String> informationUri) {
    ToolInfo {
        requireNonNull(name, "name");
        requireNonNull(version, "version");
        requireNonNull(informationUri, "informationUri");
    }
}
