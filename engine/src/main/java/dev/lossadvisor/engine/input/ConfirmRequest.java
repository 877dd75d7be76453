package dev.lossadvisor.engine.input;


/**
 * A request to train the reference CNN.
 *
 * @param task  a task the reference CNN models, or null to take the model's
 * @param seeds seeds per candidate
 * @param model a description whose activation and loss join the candidates, or null
 */
public record ConfirmRequest(String task, int seeds, ModelDescription model) {
    public static final int DEFAULT_SEEDS = 3;
}
