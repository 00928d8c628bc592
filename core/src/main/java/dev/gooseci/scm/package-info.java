/**
 * The source-control platforms: reading a pull or merge request and its change, and publishing a review to it,
 * once, without duplicates on a re-run. The agent never holds the platform token; only this trusted code does.
 * Platforms live in sub-packages ({@code github}, {@code gitlab}, {@code local}).
 */
package dev.gooseci.scm;
