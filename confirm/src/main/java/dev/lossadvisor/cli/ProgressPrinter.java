package dev.lossadvisor.cli;

import dev.lossadvisor.confirm.Candidate;
import dev.lossadvisor.confirm.Progress;
import dev.lossadvisor.engine.report.TextReport;
import java.io.PrintWriter;

/**
 * Training progress on stderr: a bar redrawn in place on a terminal; on anything else (a CI log, a file) one plain
 * line per finished run, since carriage returns there pile up as one unreadable line.
 */
final class ProgressPrinter implements Progress {
    private static final int WIDTH = 20;
    private final PrintWriter err;
    private final boolean terminal;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void epoch(Candidate candidate, long seed, int epoch, int epochs, double loss) {
        if (terminal) {
            int done = WIDTH * epoch / epochs;
            err.printf("\r%-48s seed %d  [%s%s] epoch %d/%d  loss %s   ", candidate.label(), seed, "#".repeat(done), ".".repeat(WIDTH - done),
                    epoch, epochs, TextReport.format(loss));
            if (epoch == epochs) err.println();
        } else if (epoch == epochs) {
            err.printf("%s, seed %d: %d epochs, final loss %s%n", candidate.label(), seed, epochs, TextReport.format(loss));
        }
        err.flush();
    }
}
