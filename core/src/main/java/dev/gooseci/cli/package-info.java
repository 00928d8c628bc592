/**
 * The {@code goose-ci} command line: {@code run}, {@code providers}, {@code mcp serve} and, as their issues land,
 * {@code review} and {@code generate-tests}. It is a host like the others: it reads flags into settings, calls the
 * core, and maps the outcome to a documented exit code.
 */
package dev.gooseci.cli;
