package dev.lossadvisor.cli;

import dev.lossadvisor.engine.input.InputException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The loss-advisor command line. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage, 3 internal error. */
@Command(name = "loss-advisor", mixinStandardHelpOptions = true, version = "loss-advisor " + Main.VERSION,
        description = {"Recommends loss functions and lints model configurations for loss mistakes.",
                "'confirm' (training a reference CNN) ships in its own jar with PyTorch; the loss-advisor launcher runs it."})
public final class Main {
    static final String VERSION = "0.1.0";
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;
    private static final List<Class<?>> COMMANDS = List.of(LintCommand.class, RecommendCommand.class, RulesCommand.class,
            LossesCommand.class, CaptureCommand.class, ServerCommand.class);

    public static void main(String[] args) {
        // every command consults the rules: the rule base loads while picocli reads the arguments (started before
        // anything reads the commands' annotations, which costs a dynamic proxy; help and version never wait for it)
        if (args.length > 0 && !args[0].startsWith("-")) Advisors.preload();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the CLI with the given streams and returns the exit code; used by tests and main.
     *
     * @param more subcommands beyond the lint jar's own (the confirm jar adds 'confirm')
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Object... more) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reflects over every command it is given, much of a short run's start: a run builds the one it names,
        // and all of them only for help or a misspelt name
        Class<?> named = named(args);
        for (Class<?> command : COMMANDS) if (named == null || command == named) cli.addSubcommand(command);
        for (Object command : more) cli.addSubcommand(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InputException ie) {
                err.println("error: " + ie.oneLine());
                return BAD_INPUT;
            }
            err.println("internal error: " + e + " (please report this with the input that caused it)");
            return INTERNAL;
        });
        return cli.execute(args);
    }

    /** The lint jar's command that the arguments name, or null. */
    private static Class<?> named(String[] args) {
        if (args.length == 0) return null;
        return COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
    }
}
