/**
 * One interface over every LLM vendor: blocking and streaming chat, typed errors, retries, usage and cost. Each wire
 * format has its own sub-package with a mapper between our conversation records and the vendor's JSON;
 * OpenAI-compatible vendors are rows of data, not classes.
 */
package dev.gooseci.provider;
