/**
 * Settings and where they come from: defaults, the user file, the repository's {@code .goose/config.yaml},
 * {@code GOOSE_*} variables and flags, in that order. Secrets are wrapped so that they never print.
 */
package dev.gooseci.config;
