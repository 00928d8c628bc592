package dev.gooseci.recipe;

import static java.util.Objects.requireNonNull;

import dev.gooseci.audit.AuditLog;

/** Writes each retry of a recipe to the audit log, with the check that failed and its output. */
public final class AuditingRetryListener implements RecipeRunner.RetryListener {
    private final AuditLog log;

    public AuditingRetryListener(AuditLog log) {
        this.log = requireNonNull(log, "log");
    }

    @Override
    public void onRetry(int attempt, CheckResult failed) {
        log.retry(attempt, failed.command(), failed.exitCode(), failed.output());
    }
}
