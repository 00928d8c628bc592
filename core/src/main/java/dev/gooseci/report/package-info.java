/**
 * The outcome of a review and the files it is written to: the finding model (severity, side, fingerprint), the quality
 * gate, and one writer per format (Markdown, SARIF 2.1.0, GitLab Code Quality, Checkstyle XML, and Goose CI's own
 * JSON). Every format names a finding by the same line-free fingerprint, and every text passes the caller's redactor.
 */
package dev.gooseci.report;
