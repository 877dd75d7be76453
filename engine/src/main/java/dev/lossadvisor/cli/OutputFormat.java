package dev.lossadvisor.cli;

import picocli.CommandLine.Option;

/** The --format option shared by the commands that print results. */
final class OutputFormat {
    enum Kind { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Kind kind;

    boolean json() {
        return kind == Kind.json;
    }
}
