/**
 * The vocabulary the rules reason over: small immutable facts inserted by the engine
 * and the conclusions the rules insert back (task, output and label forms, recommendations).
 * String-valued kinds are lower-case identifiers so that DRL conditions read as plain text.
 * <p>
 * The facts the engine inserts are the keys of the rule base's memo of runs, so their {@code equals} and
 * {@code hashCode} are written out, with a record's meaning: the generated ones are bootstrapped through method
 * handles on their first call, which no start-up cache holds (about 1.5 ms of CPU per record on JDK 25), and
 * run through method-handle trees until the optimising JIT compiles them (a warm validate's first seconds).
 */
package dev.lossadvisor.facts;
