package dev.lossadvisor.engine.losses;

/** The framework refuses these inputs (it raises): the message says what it raises, and no value is shown. */
final class Refusal extends RuntimeException {
    Refusal(String message) {
        super(message, null, false, false);
    }
}
