package dev.lossadvisor.facts;

/**
 * One recipe wanted in one framework. Joining the recommendation and the frameworks once, here, lets each row
 * of the framework table test a single fact (alpha constraints only) instead of joining two.
 */
public record CodeRequest(String recipe, String framework) {}
