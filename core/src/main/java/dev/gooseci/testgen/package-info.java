/**
 * Assured test generation: an agent proposes unit tests for changed production classes, and trusted code keeps a
 * test method only when it compiles, passes alone and repeatedly, covers changed lines or branches nothing covered
 * before, asserts something, and uses no time, randomness, network or absolute paths. Kept methods are merged with
 * JavaParser, committed under a bot identity, and reported as a funnel with the reason for every rejection.
 */
package dev.gooseci.testgen;
