package dev.gooseci.cli;

import dev.gooseci.audit.AuditLog;
import dev.gooseci.policy.InjectionDetector;
import dev.gooseci.policy.InjectionFinding;
import dev.gooseci.policy.SecretRedactor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scans input the run did not write itself (a task file, standard input, a recipe prompt filled from parameters) for
 * prompt injection. Findings are warnings on stderr and events in the audit log, never a failure: the text may be a
 * task that discusses injection, and the permission policy still limits what the agent can do.
 */
final class UntrustedInput {
    private final PrintWriter err;
    private final Optional<AuditLog> audit;
    private final SecretRedactor redactor;
    private final InjectionDetector detector = new InjectionDetector();

    UntrustedInput(PrintWriter err, Optional<AuditLog> audit, SecretRedactor redactor) {
        this.err = err;
        this.audit = audit;
        this.redactor = redactor;
    }

    /** Scans {@code text} from {@code source} ({@code task-file}, {@code stdin}, {@code recipe-prompt}). */
    List<InjectionFinding> scan(String source, String text) {
        List<InjectionFinding> findings = detector.scan(text);
        for (InjectionFinding finding : findings) {
            String kind = finding.kind().name().toLowerCase(Locale.ROOT);
            err.println("goose-ci: warning: the " + source + " may hold a prompt injection (" + kind + " at offset "
                    + finding.offset() + ": " + redactor.redact(finding.excerpt()) + "); the run goes on under the"
                    + " permission policy");
            audit.ifPresent(log -> log.injection(source, kind, finding.excerpt(), finding.offset()));
        }
        return findings;
    }
}
