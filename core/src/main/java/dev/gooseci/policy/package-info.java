/**
 * What the agent may do without a human: the permission policy (mode, per-tool rules, inspectors), the path sandbox,
 * the shell command policy, the subprocess environment filter, secret redaction and prompt-injection scanning. Every
 * check is a pure function of its inputs, and in CI an {@code Ask} always ends as a {@code Deny} with its reason.
 */
package dev.gooseci.policy;
