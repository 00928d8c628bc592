/**
 * Runs the agent without a model: {@link dev.gooseci.provider.replay.RecordingProvider} writes every exchange with a
 * real provider to a JSON Lines transcript, and {@link dev.gooseci.provider.replay.ReplayProvider} plays one back,
 * checking that each request matches the recorded one. Tests, bug reports and offline demos run on transcripts.
 */
package dev.gooseci.provider.replay;
