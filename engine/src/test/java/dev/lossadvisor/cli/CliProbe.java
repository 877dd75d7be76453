package dev.lossadvisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process for tests outside this package. */
public final class CliProbe {
    public record Result(int code, String output) {}

    private CliProbe() {}

    public static Result lint(String file) {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"lint", file}, new PrintWriter(out), new PrintWriter(out));
        return new Result(code, out.toString());
    }
}
