/**
 * OpenAI Chat Completions, blocking and streamed, for OpenAI and every server that copies its API. The servers' small
 * differences are an {@link dev.gooseci.provider.openai.OpenAiDialect} built from a provider-table row, not subclasses.
 */
package dev.gooseci.provider.openai;
