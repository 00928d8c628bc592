/**
 * The conversation model every provider maps to and from: messages made of text, thinking, tool requests and tool
 * responses. Values here are immutable and vendor-neutral; the wire formats live with each provider.
 */
package dev.gooseci.conversation;
