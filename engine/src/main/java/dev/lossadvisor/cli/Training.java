package dev.lossadvisor.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.stream.Stream;

/**
 * The start-up cache's training run (the launcher runs it in the background after a build): a lint of the given paths
 * (a directory of samples, or the description files of one), once with the text report and once with JSON, so that the
 * classes of both are archived, not only those of whichever command happened to run first.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        Advisors.preload();
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (String format : new String[] {"text", "json"}) {
            // (with the default --fail-on, as a hook runs it: the exit code's check is archived too)
            Main.run(Stream.concat(Stream.of("lint", "--format", format), Stream.of(args)).toArray(String[]::new), none, none);
        }
        System.exit(0);
    }
}
