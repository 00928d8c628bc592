package dev.gooseci.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;

/**
 * GitLab Code Quality ({@code gl-code-quality-report.json}): an array of issues with the fields GitLab requires and no
 * others, so that the merge request widget shows them. GitLab needs a line for every issue, so a finding that is not on
 * head lines (a file-level one, or one on removed lines) is placed on line 1 of its file.
 */
final class CodeQualityReport implements FormatWriter {

    @Override
    public String render(ReviewReport report) {
        ArrayNode issues = Json.MAPPER.createArrayNode();
        for (Finding finding : report.findings()) {
            ObjectNode issue = issues.addObject();
            issue.put("description", finding.title());
            issue.put("check_name", finding.category());
            issue.put("fingerprint", finding.fingerprint());
            issue.put("severity", finding.severity().id());
            ObjectNode location = issue.putObject("location");
            location.put("path", finding.path());
            int begin = finding.onHeadLines() ? finding.firstLine().orElseThrow() : 1;
            location.putObject("lines").put("begin", begin);
        }
        return JsonText.pretty(issues);
    }
}
