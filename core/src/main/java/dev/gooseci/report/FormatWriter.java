package dev.gooseci.report;

/** Renders a report as one file's text; the report has already been redacted. */
interface FormatWriter {
    String render(ReviewReport report);
}
