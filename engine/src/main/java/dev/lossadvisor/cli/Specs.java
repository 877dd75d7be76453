package dev.lossadvisor.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Command models built in code, for the commands a cold run takes (the root, lint): picocli reading annotations makes
 * the JDK generate a proxy class per annotation type, about 100 ms of a one-file lint's CPU. The other commands keep
 * their annotations; their help is the same either way.
 */
final class Specs {
    private Specs() {}

    /** Adds -h/--help and -V/--version as {@code @Command(mixinStandardHelpOptions = true)} does. */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** An option without a value, false unless given. */
    static OptionSpec flag(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description).build();
    }

    /** An option with one value of the type, labelled as in the help. */
    static OptionSpec.Builder option(Class<?> type, String label, String description, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label).description(description);
    }

    /** A repeatable option whose values may also be given comma-separated. */
    static OptionSpec list(String label, String description, String... names) {
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).splitRegex(",").paramLabel(label)
                .description(description).build();
    }

    /** The option's value as parsed (its default or initial value when not given). */
    static <T> T value(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }

    /** A list option's values; empty when not given. */
    static List<String> values(CommandSpec spec, String name) {
        List<String> values = value(spec, name);
        return values == null ? List.of() : values;
    }
}
