/**
 * Anthropic's Messages API: the request and reply mapping, its server-sent event stream and its typed errors. System
 * prompt and tool definitions are marked for prompt caching, and signed thinking blocks are sent back unchanged.
 */
package dev.gooseci.provider.anthropic;
