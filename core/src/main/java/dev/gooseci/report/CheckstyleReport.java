package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML ({@code checkstyle-result.xml}), which Jenkins Warnings NG and many other tools read: one
 * {@code <file>} per path, one {@code <error>} per finding, with {@code source="goose.<category>"}. Severities map to
 * {@code error} (blocker, critical), {@code warning} (major) and {@code info} (minor, info). A finding that is not on
 * head lines has line 0, which Checkstyle readers take as the whole file. There is no column, so none is written.
 * Every text goes through {@link XMLStreamWriter}, which escapes it; line breaks in a message become spaces.
 */
final class CheckstyleReport implements FormatWriter {
    private final ToolInfo tool;

    CheckstyleReport(ToolInfo tool) {
        this.tool = requireNonNull(tool, "tool");
    }

    @Override
    public String render(ReviewReport report) {
        Map<String, List<Finding>> byPath = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::path, LinkedHashMap::new, Collectors.toList()));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", tool.name() + " " + tool.version());
            for (Map.Entry<String, List<Finding>> file : byPath.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", attribute(file.getKey()));
                for (Finding finding : file.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", String.valueOf(line(finding)));
                    xml.writeAttribute("severity", severity(finding.severity()));
                    xml.writeAttribute("message", attribute(finding.title()));
                    xml.writeAttribute("source", "goose." + finding.category());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Checkstyle report could not be written", e);
        }
        return out + "\n";
    }

    private static int line(Finding finding) {
        return finding.onHeadLines() ? finding.firstLine().orElseThrow() : 0;
    }

    /**
     * Text fit for an attribute: line breaks become spaces (a parser would turn them into spaces anyway), and characters
     * XML 1.0 cannot hold, such as control characters, become U+FFFD, since the writer does not check them.
     */
    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replaceAll("\\R", " ").codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static String severity(Severity severity) {
        if (severity.atLeast(Severity.CRITICAL)) {
            return "error";
        }
        return severity == Severity.MAJOR ? "warning" : "info";
    }
}
