/**
 * Google's Gemini API ({@code generateContent} and its SSE stream). The mapper keeps Gemini's thought signatures as
 * {@code Thinking} records so that they go back unchanged, and names function responses from the matching request,
 * because Gemini correlates results by function name, not by call id.
 */
package dev.gooseci.provider.gemini;
