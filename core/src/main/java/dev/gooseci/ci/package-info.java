/**
 * Which CI system we run in and what it says about the change: read from the environment as a pure function, so
 * that every host's mapping is tested here, in core, with tables of variables.
 */
package dev.gooseci.ci;
