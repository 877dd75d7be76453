package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.input.InputException;

/** The outcome of linting one file: a report, or the input error that stopped it. Exactly one is non-null. */
public record FileResult(String file, ValidationReport report, InputException error) {}
