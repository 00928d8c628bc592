package dev.gooseci.cli;

/**
 * The documented exit codes of {@code goose-ci}. CI systems branch on them, so they never change meaning.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><td>0</td><td>success</td></tr>
 *   <tr><td>1</td><td>the quality gate failed (findings at or above {@code fail-on})</td></tr>
 *   <tr><td>2</td><td>bad input: flags, configuration, files</td></tr>
 *   <tr><td>3</td><td>the model or provider failed (authentication, rate limits after retries, network)</td></tr>
 *   <tr><td>4</td><td>a budget stopped the run (turns, tokens, cost, time); partial results were written</td></tr>
 *   <tr><td>70</td><td>an internal error: a bug in Goose CI</td></tr>
 * </table>
 */
public enum ExitCode {
    SUCCESS(0),
    GATE_FAILED(1),
    BAD_INPUT(2),
    PROVIDER_ERROR(3),
    BUDGET_STOP(4),
    INTERNAL_ERROR(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
