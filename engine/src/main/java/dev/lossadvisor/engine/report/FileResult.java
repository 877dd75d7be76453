package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.input.InputException;

/**
 * The outcome of linting one file, or one output of a file with several: a report, the input error that stopped
 * it, or why the file was skipped as no model at all. Exactly one is non-null.
 */
public record FileResult(String file, ValidationReport report, InputException error, String skipped) {
    public static FileResult linted(String file, ValidationReport report) {
        return new FileResult(file, report, null, null);
    }

    public static FileResult failed(String file, InputException error) {
        return new FileResult(file, null, error, null);
    }

    public static FileResult skipped(String file, String why) {
        return new FileResult(file, null, null, why);
    }

    /** The file, with the output's name for a model with several. */
    public String title() {
        return report != null && report.head() != null ? file + " [" + report.head() + "]" : file;
    }
}
