package dev.gooseci.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SARIF rules of one report: one per category or custom check that has findings, sorted by id. A rule's default
 * level is that of its most severe finding. Security rules carry the {@code security} tag and a
 * {@code security-severity} score, which GitHub turns into critical (9.0 and up), high (7.0 to 8.9), medium and low.
 */
final class SarifRules {
    /** Scores in the middle of GitHub's bands, so that blocker and critical read as critical, major as high. */
    private static final Map<Severity, String> SECURITY_SEVERITY = Map.of(
            Severity.BLOCKER, "10.0",
            Severity.CRITICAL, "9.0",
            Severity.MAJOR, "8.0",
            Severity.MINOR, "5.0",
            Severity.INFO, "2.0");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "correctness", "Logic errors, wrong results and broken edge cases.",
            "security", "Security weaknesses: injection, secrets, unsafe input handling, access control.",
            "concurrency", "Races, deadlocks and unsafe sharing between threads.",
            "resource-leak", "Files, connections, streams or locks that are not released.",
            "api-misuse", "APIs used against their contract.",
            "tests", "Missing, wrong or weak tests for the change.");

    /** Category to the most severe severity among its findings, in id order. */
    private final TreeMap<String, Severity> worst;

    private SarifRules(TreeMap<String, Severity> worst) {
        this.worst = worst;
    }

    static SarifRules of(List<Finding> findings) {
        TreeMap<String, Severity> worst = new TreeMap<>();
        for (Finding finding : findings) {
            worst.merge(finding.category(), finding.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return new SarifRules(worst);
    }

    int indexOf(String category) {
        return worst.headMap(category).size();
    }

    ArrayNode descriptors() {
        ArrayNode rules = Json.MAPPER.createArrayNode();
        worst.forEach((id, severity) -> {
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            rule.putObject("shortDescription").put("text", description(id));
            rule.putObject("defaultConfiguration").put("level", SarifReport.level(severity));
            if (isSecurity(id)) {
                ObjectNode properties = rule.putObject("properties");
                properties.putArray("tags").add("security");
                properties.put("security-severity", SECURITY_SEVERITY.get(severity));
            }
        });
        return rules;
    }

    static String description(String category) {
        return DESCRIPTIONS.getOrDefault(category, "Custom check: " + category + ".");
    }

    /** The {@code security} category, or a custom check named like {@code security-...}. */
    static boolean isSecurity(String category) {
        String id = category.toLowerCase(Locale.ROOT);
        return id.equals("security") || id.startsWith("security-") || id.startsWith("security/");
    }
}
