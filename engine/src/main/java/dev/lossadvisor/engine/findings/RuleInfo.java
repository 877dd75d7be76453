package dev.lossadvisor.engine.findings;

/**
 * A lint rule as documented by its DRL metadata.
 *
 * @param code    stable code, e.g. LA001
 * @param name    stable kebab-case name, e.g. mse-for-classification
 * @param why     why the pattern is bad
 * @param instead what to use instead
 * @param optIn   true for an opinionated rule that lint runs only when selected (@optIn in the DRL), as ruff keeps
 *                such rules out of its default set
 */
public record RuleInfo(String code, String name, Severity severity, String summary, String why, String instead, boolean optIn) {}
