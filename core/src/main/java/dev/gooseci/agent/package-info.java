/**
 * The agent loop: send the conversation, run the tool calls the policy allows in parallel, append their results,
 * and repeat until the model is done or a guard stops it. Every stop has a reason, and a stop never loses what the
 * run already produced.
 */
package dev.gooseci.agent;
