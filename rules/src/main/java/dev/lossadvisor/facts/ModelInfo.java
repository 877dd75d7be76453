package dev.lossadvisor.facts;

/**
 * What the description says about the model as a whole.
 *
 * @param task        declared task kind, or null when not given
 * @param labelFormat declared label format (binary, float, one_hot, integer, multi_hot, signed, continuous), or null
 * @param numClasses  declared number of classes, 0 when unknown
 */
public record ModelInfo(String name, String framework, String task, String labelFormat, int numClasses) {}
