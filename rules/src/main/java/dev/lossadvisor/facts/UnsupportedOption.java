package dev.lossadvisor.facts;

/**
 * An option given to a loss that the framework's loss does not take (label_smoothing on BCELoss, delta on
 * SmoothL1Loss): the framework raises a TypeError, so the option never does what was meant.
 *
 * @param accepted the options this loss does take, comma-separated
 * @param nearest  the accepted option closest to the one written, or empty
 */
public record UnsupportedOption(String loss, String framework, String option, String accepted, String nearest) {}
