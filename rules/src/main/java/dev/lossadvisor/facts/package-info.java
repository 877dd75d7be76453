/**
 * The vocabulary the rules reason over: small immutable facts inserted by the engine
 * and the conclusions the rules insert back (task, output and label forms, recommendations).
 * String-valued kinds are lower-case identifiers so that DRL conditions read as plain text.
 */
package dev.lossadvisor.facts;
