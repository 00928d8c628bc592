package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes a review's report files: {@code Reports.redacting(redactor::redact).write(report, dir, formats)}. Every title,
 * body, suggestion and reason passes through the redactor first, so no writer can leak a secret the model quoted.
 * Files are UTF-8 with {@code \n} line ends, named by {@link Format#fileName()}, and overwritten when they exist.
 * Instances are immutable; the {@code with...} methods return changed copies.
 */
public final class Reports {
    /** The output directory of a Maven build, relative to the project root. */
    public static final String MAVEN_DIRECTORY = "target/goose";

    private static final String TOOL_NAME = "goose-ci";

    private final UnaryOperator<String> redactor;
    private final ToolInfo tool;
    private final Optional<String> linkBase;
    private final String automationId;

    private Reports(UnaryOperator<String> redactor, ToolInfo tool, Optional<String> linkBase, String automationId) {
        this.redactor = redactor;
        this.tool = tool;
        this.linkBase = linkBase;
        this.automationId = automationId;
    }

    /**
     * Reports whose text passes through {@code redactor}, such as {@code SecretRedactor::redact}; the tool version is
     * the jar's, and SARIF's automation id is {@code goose-ci/review/}.
     */
    public static Reports redacting(UnaryOperator<String> redactor) {
        String version = Optional.ofNullable(Reports.class.getPackage().getImplementationVersion())
                .orElse("unknown");
        return new Reports(
                requireNonNull(redactor, "redactor"),
                new ToolInfo(TOOL_NAME, version, Optional.empty()),
                Optional.empty(),
                "goose-ci/review/");
    }

    /** The version SARIF, Checkstyle and JSON name the tool by. */
    public Reports withToolVersion(String version) {
        return new Reports(redactor, new ToolInfo(TOOL_NAME, version, tool.informationUri()), linkBase, automationId);
    }

    /** SARIF's {@code tool.driver.informationUri}: where users read about Goose CI. */
    public Reports withInformationUri(String uri) {
        return new Reports(redactor, new ToolInfo(TOOL_NAME, tool.version(), Optional.of(uri)), linkBase, automationId);
    }

    /**
     * Makes Markdown links absolute: {@code base} is the URL of the reviewed tree, such as
     * {@code https://github.com/o/r/blob/<head sha>/}; the path and {@code #L<line>} are appended.
     */
    public Reports withLinkBase(String base) {
        return new Reports(redactor, tool, Optional.of(requireNonNull(base, "base")), automationId);
    }

    /**
     * SARIF's {@code runAutomationDetails.id}. Code scanning takes the part up to the last {@code /} as the analysis
     * category, so {@code goose-ci/review/} and {@code goose-ci/security/} make separate sets of alerts.
     */
    public Reports withAutomationId(String id) {
        requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("the SARIF automation id cannot be blank; use e.g. goose-ci/review/");
        }
        return new Reports(redactor, tool, linkBase, id);
    }

    /**
     * Writes {@code formats} for {@code report} into {@code directory}, creating it when needed.
     *
     * @return the written files, in {@link Format} order
     */
    public List<Path> write(ReviewReport report, Path directory, Set<Format> formats) throws IOException {
        requireNonNull(report, "report");
        requireNonNull(directory, "directory");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException(
                    "no report format given: use one or more of " + Format.names() + ", separated by commas");
        }
        ReviewReport redacted = report.redacted(redactor);
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        Set<Format> ordered = EnumSet.noneOf(Format.class);
        ordered.addAll(formats);
        for (Format format : ordered) {
            Path file = directory.resolve(format.fileName());
            Files.writeString(file, writer(format).render(redacted), StandardCharsets.UTF_8);
            written.add(file);
        }
        return List.copyOf(written);
    }

    /** The text one format would write, redacted; for hosts that print or upload instead of writing a file. */
    public String render(ReviewReport report, Format format) {
        return writer(format).render(report.redacted(redactor));
    }

    private FormatWriter writer(Format format) {
        switch (format) {
            case MARKDOWN:
                return new MarkdownReport(linkBase);
            case SARIF:
                return new SarifReport(tool, automationId);
            case CODE_QUALITY:
                return new CodeQualityReport();
            case CHECKSTYLE:
                return new CheckstyleReport(tool);
            case JSON:
                return new JsonReport(tool);
            default:
                throw new AssertionError(format);
        }
    }
}
