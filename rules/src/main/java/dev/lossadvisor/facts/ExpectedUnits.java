package dev.lossadvisor.facts;

/** A unit count the final layer must have, and why. */
public record ExpectedUnits(int units, String evidence, String path) {}
