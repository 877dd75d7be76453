package dev.lossadvisor.facts;

/** A framework the caller wants advice for: keras, pytorch or djl. */
public record Framework(String name) {}
