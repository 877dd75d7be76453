package dev.lossadvisor.facts;

/**
 * One recipe wanted in one framework: the question the framework table answers. Each row tests this single fact
 * (alpha constraints only, no join); the engine asks it once per recipe and framework and remembers the answer.
 */
public record CodeRequest(String recipe, String framework) {}
