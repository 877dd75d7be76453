package dev.lossadvisor.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The start-up cache's training run (the launcher runs it in the background after a build): a lint of a directory of
 * samples, once with the text report and once with JSON, so that the classes of both are archived, not only those of
 * whichever command happened to run first.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        Advisors.preload();
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (String format : new String[] {"text", "json"}) {
            Main.run(new String[] {"lint", "--fail-on", "never", "--format", format, args[0]}, none, none);
        }
        System.exit(0);
    }
}
