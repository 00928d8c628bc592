package dev.gooseci.testgen;

import dev.gooseci.testgen.TestCaseResult.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads {@code target/surefire-reports/TEST-*.xml} into per-method results. */
final class SurefireReports {
    private SurefireReports() {}

    static List<TestCaseResult> read(Path reportsDir) {
        if (!Files.isDirectory(reportsDir)) {
            return List.of();
        }
        List<TestCaseResult> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(reportsDir)) {
            for (Path file : files.filter(SurefireReports::isReport).sorted().toList()) {
                cases.addAll(parse(file));
            }
        } catch (IOException e) {
            throw new BuildException("cannot read the surefire reports in " + reportsDir + ": " + e.getMessage(), e);
        }
        return cases;
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    static List<TestCaseResult> parse(Path file) {
        Document document = Xml.parse(file);
        NodeList nodes = document.getElementsByTagName("testcase");
        List<TestCaseResult> cases = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element testcase = (Element) nodes.item(i);
            cases.add(toResult(testcase));
        }
        return cases;
    }

    private static TestCaseResult toResult(Element testcase) {
        String method = methodName(testcase.getAttribute("name"));
        String className = testcase.getAttribute("classname");
        for (String tag : List.of("failure", "error", "skipped")) {
            NodeList found = testcase.getElementsByTagName(tag);
            if (found.getLength() > 0) {
                Element problem = (Element) found.item(0);
                Outcome outcome =
                        tag.equals("failure") ? Outcome.FAILED : tag.equals("error") ? Outcome.ERROR : Outcome.SKIPPED;
                return new TestCaseResult(className, method, outcome, describe(problem));
            }
        }
        return new TestCaseResult(className, method, Outcome.PASSED, "");
    }

    private static String describe(Element problem) {
        String type = problem.getAttribute("type");
        String message = problem.getAttribute("message");
        if (message.isEmpty()) {
            String body = problem.getTextContent().strip();
            message = body.lines().findFirst().orElse("");
        }
        return type.isEmpty() ? message : type + ": " + message;
    }

    /** {@code shouldAdd(int)[1]} and {@code shouldAdd()} are both the method {@code shouldAdd}. */
    static String methodName(String reported) {
        int end = reported.length();
        for (char c : new char[] {'(', '['}) {
            int at = reported.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return reported.substring(0, end);
    }
}
