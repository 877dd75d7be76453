package dev.lossadvisor.cli;

import dev.lossadvisor.engine.input.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The loss-advisor command line. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage, 3 internal error. */
public final class Main {
    static final String VERSION = "0.1.0";
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;
    /** picocli's system property: built-in converters not to register (a regular expression over class names). */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    /** The lint jar's commands by name, in the help's order, each made only when a run needs it. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put(LintCommand.NAME, () -> new LintCommand().spec());
        commands.put("recommend", () -> RecommendCommand.class);
        commands.put("rules", () -> RulesCommand.class);
        commands.put("losses", () -> LossesCommand.class);
        commands.put("capture", CaptureCommand::spec);
        commands.put("server", () -> ServerCommand.class);
        return commands;
    }

    public static void main(String[] args) {
        // every command consults the rules: the rule base loads while picocli reads the arguments (help and version
        // never wait for it); a lint of a directory starts it once the search has found what it lints
        if (args.length > 0 && !args[0].startsWith("-") && !(args[0].equals(LintCommand.NAME) && LintCommand.searches(args))) Advisors.preload();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the CLI with the given streams and returns the exit code; used by tests and main.
     *
     * @param more subcommands beyond the lint jar's own (the confirm jar adds 'confirm')
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Object... more) {
        // no option takes a java.time or java.sql value, and Path has the converter below: picocli otherwise finds each
        // of their parse methods by reflection in every CommandLine it makes (loading java.sql's DriverManager among
        // them), about 6 ms of a cold run's main thread (JDK 25, AOT cache)
        if (System.getProperty(CONVERTER_EXCLUDES) == null) System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time|nio\\.file)\\..*");
        CommandSpec root = Specs.withStandardHelp(CommandSpec.create().name("loss-advisor").version("loss-advisor " + VERSION));
        root.usageMessage().description("Recommends loss functions and lints model configurations for loss mistakes.",
                "'confirm' (training a reference CNN) ships in its own jar with PyTorch; the loss-advisor launcher runs it.");
        CommandLine cli = new CommandLine(root);
        // picocli reflects over every command it is given, much of a short run's start: a run builds the one it names,
        // and all of them only for help or a misspelt name
        Supplier<Object> named = args.length == 0 ? null : COMMANDS.get(args[0]);
        if (named != null) cli.addSubcommand(args[0], named.get());
        else COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        for (Object command : more) cli.addSubcommand(command);
        // picocli converts a Path through Paths.get called by reflection, whose method handles JDK 22+ spins at run time,
        // outside the start-up cache: three classes generated on every run
        cli.registerConverter(Path.class, Path::of);
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
}
