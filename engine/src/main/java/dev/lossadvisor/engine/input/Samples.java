package dev.lossadvisor.engine.input;

import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LabelStats;
import dev.lossadvisor.facts.OutputStats;

/** Sample outputs and labels (either may be null) with what inspection found in them. */
public record Samples(SampleMatrix outputs, OutputStats outputStats, SampleMatrix labels, LabelStats labelStats) {}
