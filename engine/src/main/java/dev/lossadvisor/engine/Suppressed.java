package dev.lossadvisor.engine;

import dev.lossadvisor.engine.findings.Finding;

/** A finding that the description itself suppresses, with the reason it gives. */
public record Suppressed(Finding finding, String reason) {}
